<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Presidencia - Tulancingo de Bravo</title>
</head>
<body bgcolor="#E6E6E6" topmargin="0">
{{> layout-top}}
<h1><font face="Verdana">Presidencia Municipal</font></h1>
<p><font face="Verdana" size="2">Mensaje del C. Presidente Municipal a los habitantes de Tulancingo. Trabajamos con honestidad y cercanía.</font></p>
{{> layout-bottom}}
</body>
</html>
