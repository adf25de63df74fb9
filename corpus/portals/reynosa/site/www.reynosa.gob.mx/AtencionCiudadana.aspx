<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="es">
<head id="ctl00_Head1">
<title>Atención Ciudadana - Gobierno Municipal de Reynosa</title>
{{> head}}
</head>
<body>
{{> top}}
<h1>Atención Ciudadana</h1>
<p>Reporta baches, fugas o luminarias apagadas. Recibirás un folio de seguimiento.</p>
<label for="ctl00_ContentPlaceHolder1_txtNombre">Nombre</label><input name="ctl00$ContentPlaceHolder1$txtNombre" type="text" id="ctl00_ContentPlaceHolder1_txtNombre">
<label for="ctl00_ContentPlaceHolder1_txtColonia">Colonia</label><input name="ctl00$ContentPlaceHolder1$txtColonia" type="text" id="ctl00_ContentPlaceHolder1_txtColonia">
<label for="ctl00_ContentPlaceHolder1_txtMensaje">Describe tu reporte</label><textarea name="ctl00$ContentPlaceHolder1$txtMensaje" rows="5" cols="40" id="ctl00_ContentPlaceHolder1_txtMensaje"></textarea>
<input type="submit" name="ctl00$ContentPlaceHolder1$btnEnviar" value="Enviar reporte" id="ctl00_ContentPlaceHolder1_btnEnviar">
{{> bottom}}
</body>
</html>
