<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Inicio - Tulancingo de Bravo</title>
</head>
<body bgcolor="#E6E6E6" topmargin="0">
{{> layout-top}}
<h1><font face="Verdana">Bienvenidos a Tulancingo de Bravo</font></h1>
<p><font face="Verdana" size="2">Portal oficial de la Presidencia Municipal. Aquí encontrará información sobre trámites, obras y la administración pública municipal.</font></p>
<table width="100%" border="0"><tr>
<td><a href="/datos_abiertos.php"><img src="/imagenes/banner_datos.jpg" width="380" height="90" alt="Consulte los datos del municipio"></a></td>
<td><a href="/tramites.php"><img src="/imagenes/banner_tramites.jpg" width="380" height="90" alt="Trámites"></a></td>
</tr></table>
{{> layout-bottom}}
</body>
</html>
