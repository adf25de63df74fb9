<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Noticias - H. Ayuntamiento de Lagos de Moreno</title>
{{> head}}
</head>
<body>
{{> top}}
<p class="titulo">NOTICIAS</p>
<p><b>{{date:-8d|dd/MM/yyyy}}</b> - Inicia la rehabilitación de la plaza principal de Betulia.</p>
<p><b>{{date:-21d|dd/MM/yyyy}}</b> - Se entregan uniformes a la Dirección de Seguridad Pública.</p>
{{> bottom}}
</body>
</html>
