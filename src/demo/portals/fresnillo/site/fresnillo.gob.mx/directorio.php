<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Directorio - H. Ayuntamiento de Fresnillo</title>
</head>
<body>
{{> top}}
<table width="900" border="0" align="center"><tr><td>
<h1>Directorio</h1>
<table border="1" cellpadding="3">
<tr><td>Presidencia Municipal</td><td>(493) 932 8000 ext. 101</td></tr>
<tr><td>Secretaría de Gobierno</td><td>(493) 932 8000 ext. 120</td></tr>
<tr><td>Tesorería</td><td>(493) 932 8000 ext. 140</td></tr>
</table>
</td></tr></table>
{{> bottom}}
</body>
</html>
