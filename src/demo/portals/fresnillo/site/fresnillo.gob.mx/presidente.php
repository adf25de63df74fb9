<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Presidente Municipal - H. Ayuntamiento de Fresnillo</title>
</head>
<body>
{{> top}}
<table width="900" border="0" align="center"><tr><td>
<h1>Presidente Municipal</h1>
<p><img src="/img/presidente.jpg" width="200" alt="Presidente Municipal"></p>
<p>Mensaje del Presidente Municipal a la ciudadanía fresnillense: trabajamos por un Fresnillo mejor.</p>
</td></tr></table>
{{> bottom}}
</body>
</html>
