<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="es">
<head>
<title>Contacto - Municipio de Delicias</title>
{{> head}}
</head>
<body>
{{> top}}
<h2>Quejas y sugerencias</h2>
<p>Escriba su queja o sugerencia y la turnaremos a la dependencia correspondiente.</p>
<table>
<tr><td>Nombre:</td><td><input name="ctl00$cph$txtNombre" type="text" id="ctl00_cph_txtNombre"></td></tr>
<tr><td>Correo:</td><td><input name="ctl00$cph$txtCorreo" type="text" id="ctl00_cph_txtCorreo"></td></tr>
<tr><td>Comentarios:</td><td><textarea name="ctl00$cph$txtComentarios" rows="6" cols="40" id="ctl00_cph_txtComentarios"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$cph$btnEnviar" value="Enviar" id="ctl00_cph_btnEnviar"></td></tr>
</table>
{{> bottom}}
</body>
</html>
