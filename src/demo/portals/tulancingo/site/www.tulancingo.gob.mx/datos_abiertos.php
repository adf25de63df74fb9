<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Datos Abiertos - Tulancingo de Bravo</title>
</head>
<body bgcolor="#E6E6E6" topmargin="0">
{{> layout-top}}
<h1><font face="Verdana">DATOS ABIERTOS</font></h1>
<p><font face="Verdana" size="2">En esta sección puede descargar en Excel la información del municipio para consultarla y usarla libremente.</font></p>
<table width="760" border="1" cellpadding="4" cellspacing="0">
<tr bgcolor="#7A1F1F"><td><font color="#FFFFFF"><b>Información</b></font></td><td><font color="#FFFFFF"><b>Descripción</b></font></td><td><font color="#FFFFFF"><b>Archivo</b></font></td><td><font color="#FFFFFF"><b>Actualización</b></font></td></tr>
<tr><td>Presupuesto de Egresos</td><td>Cuánto gasta cada área de la Presidencia en el año.</td><td><a href="/archivos/datos/presupuesto_egresos.xls"><img src="/imagenes/xls.png" alt="xls.png" border="0"> Descargar</a></td><td>Actualización {{date:-50d|dd/MM/yy}}</td></tr>
<tr><td>Obra Pública</td><td>Obras del año: lugar, costo y avance.</td><td><a href="/archivos/datos/obra_publica.xls"><img src="/imagenes/xls.png" alt="xls.png" border="0"> Descargar</a></td><td>Actualización {{date:-50d|dd/MM/yy}}</td></tr>
<tr><td>Padrón de Proveedores</td><td>Empresas que venden bienes o servicios al municipio.</td><td><a href="/archivos/datos/padron_proveedores.xls"><img src="/imagenes/xls.png" alt="xls.png" border="0"> Descargar</a></td><td>Actualización {{date:-70d|dd/MM/yy}}</td></tr>
</table>
<h2><font face="Verdana" size="3">Resumen del gasto</font></h2>
<table width="500" border="1" cellpadding="3" cellspacing="0">
<tr><td><b>Área</b></td><td><b>Presupuesto (pesos)</b></td></tr>
<tr><td>Obras Públicas</td><td>98,450,000</td></tr>
<tr><td>Seguridad Pública</td><td>64,200,000</td></tr>
<tr><td>Servicios Municipales</td><td>41,730,000</td></tr>
</table>
{{> layout-bottom}}
</body>
</html>
