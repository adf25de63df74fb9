<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Transparencia - H. Ayuntamiento de Zitácuaro</title>
{{> head}}
</head>
<body bgcolor="#D9E1C8" leftmargin="0" topmargin="0">
{{> top}}
<table width="790" border="0" cellpadding="4"><tr><td>
<p class="titulo"><b>INFORMACIÓN PÚBLICA DE OFICIO</b></p>
<p>Artículo 10 de la Ley de Transparencia y Acceso a la Información Pública del Estado de Michoacán de Ocampo.</p>
<table width="780" border="1" cellspacing="0" cellpadding="3">
<tr><td>I. Marco jurídico</td><td><a href="archivos/transparencia/marco_juridico.pdf">Ver</a></td></tr>
<tr><td>II. Estructura orgánica</td><td><a href="archivos/transparencia/organigrama.pdf">Ver</a></td></tr>
<tr><td>IV. Directorio de servidores públicos</td><td><a href="directorio.php">Ver</a></td></tr>
</table>
<p>Solicitudes de información: Unidad de Transparencia, Portal Hidalgo s/n.</p>
</td></tr></table>
{{> bottom}}
</body>
</html>
