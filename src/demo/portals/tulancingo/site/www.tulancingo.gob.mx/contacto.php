<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Contáctenos - Tulancingo de Bravo</title>
</head>
<body bgcolor="#E6E6E6" topmargin="0">
{{> layout-top}}
<h1><font face="Verdana">Contáctenos</font></h1>
<p><font size="2">Presidencia Municipal: Tel. (775) 755 8450 ext. 1100<br>
Atención Ciudadana: Tel. (775) 755 8450 ext. 1180<br>
Correo: <a href="mailto:atencionciudadana@tulancingo.gob.mx">atencionciudadana@tulancingo.gob.mx</a></font></p>
{{> layout-bottom}}
</body>
</html>
