<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Presidente Municipal - H. Ayuntamiento de Lagos de Moreno</title>
{{> head}}
</head>
<body>
{{> top}}
<p class="titulo">PRESIDENTE MUNICIPAL</p>
<p><img src="/imagenes/presidente.jpg" alt="Presidente Municipal de Lagos de Moreno" width="160" align="left" hspace="8">
Mensaje del Presidente Municipal: Laguenses, este gobierno trabaja para conservar nuestro patrimonio, atraer inversiones y dar mejores servicios a todas las delegaciones. Les invito a acercarse al Palacio Municipal con sus propuestas.</p>
{{> bottom}}
</body>
</html>
