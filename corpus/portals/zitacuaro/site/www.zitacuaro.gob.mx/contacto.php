<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Contacto - H. Ayuntamiento de Zitácuaro</title>
{{> head}}
</head>
<body bgcolor="#D9E1C8" leftmargin="0" topmargin="0">
{{> top}}
<p class="titulo"><b>CONTACTO</b></p>
<p>Para cualquier duda o comentario comuníquese a los teléfonos (715) 153 0270 y 153 0271, de lunes a viernes de 9:00 a 15:00 horas, o escríbanos a <a href="mailto:contacto@zitacuaro.gob.mx">contacto@zitacuaro.gob.mx</a>.</p>
<p>Domicilio: Portal Hidalgo s/n, Col. Centro, Zitácuaro, Michoacán.</p>
{{> bottom}}
</body>
</html>
