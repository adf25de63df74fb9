<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Noticias - H. Ayuntamiento de Zitácuaro</title>
{{> head}}
</head>
<body bgcolor="#D9E1C8" leftmargin="0" topmargin="0">
{{> top}}
<p class="titulo"><b>NOTICIAS</b></p>
<p><a href="noticia.php?id=45">Invitación al Festival de la Mariposa Monarca</a></p>
<p><a href="noticia.php?id=44">Campaña de descacharrización en la cabecera municipal</a></p>
{{> bottom}}
</body>
</html>
