<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Presidente Municipal - H. Ayuntamiento de Zitácuaro</title>
{{> head}}
</head>
<body bgcolor="#D9E1C8" leftmargin="0" topmargin="0">
{{> top}}
<p class="titulo"><b>PRESIDENTE MUNICIPAL</b></p><p><img src="http://www.zitacuaro.gob.mx/imagenes/presidente.jpg" width="200" height="250" alt="Presidente Municipal de Zitácuaro"></p><p>Mensaje del Presidente Municipal a los ciudadanos de la Heroica Zitácuaro: trabajamos por un municipio seguro, limpio y con más turismo.</p>
{{> bottom}}
</body>
</html>
