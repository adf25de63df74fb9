<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Directorio - H. Ayuntamiento de Zitácuaro</title>
{{> head}}
</head>
<body bgcolor="#D9E1C8" leftmargin="0" topmargin="0">
{{> top}}
<p class="titulo"><b>DIRECTORIO</b></p>
<table width="780" border="1" cellspacing="0" cellpadding="3"><tr><td>Presidencia Municipal</td><td>(715) 153 0270</td></tr><tr><td>Secretaría del Ayuntamiento</td><td>(715) 153 0271</td></tr><tr><td>Tesorería</td><td>(715) 153 0272</td></tr></table>
{{> bottom}}
</body>
</html>
