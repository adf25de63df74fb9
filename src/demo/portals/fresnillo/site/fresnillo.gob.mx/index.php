<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Inicio - H. Ayuntamiento de Fresnillo</title>
</head>
<body>
{{> top}}
<table width="900" border="0" align="center"><tr><td>
<h1>Bienvenidos al H. Ayuntamiento de Fresnillo</h1>
<p>Fresnillo, Zacatecas. Administración 2013 - 2016.</p>
<p>Atención al público: Tel. (493) 932 8000 · <a href="mailto:presidencia@fresnillo.gob.mx">presidencia@fresnillo.gob.mx</a></p>
</td></tr></table>
{{> bottom}}
</body>
</html>
