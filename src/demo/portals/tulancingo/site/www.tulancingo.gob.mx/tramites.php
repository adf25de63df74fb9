<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Trámites y Servicios - Tulancingo de Bravo</title>
</head>
<body bgcolor="#E6E6E6" topmargin="0">
{{> layout-top}}
<h1><font face="Verdana">Trámites y Servicios</font></h1>
<ul><li>Licencia de funcionamiento</li><li>Pago de predial</li><li>Constancia de residencia</li></ul>
<p><font size="2">Horario de atención: lunes a viernes de 9:00 a 16:00 horas.</font></p>
{{> layout-bottom}}
</body>
</html>
