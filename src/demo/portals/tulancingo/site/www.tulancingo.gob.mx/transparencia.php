<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Transparencia - Tulancingo de Bravo</title>
</head>
<body bgcolor="#E6E6E6" topmargin="0">
{{> layout-top}}
<h1><font face="Verdana">Transparencia</font></h1>
<p><font size="2">Información Pública Gubernamental conforme al Artículo 22 de la Ley de Transparencia del Estado de Hidalgo.</font></p>
<ul><li><a href="/archivos/transparencia_art22.pdf">Artículo 22 (PDF)</a></li></ul>
{{> layout-bottom}}
</body>
</html>
