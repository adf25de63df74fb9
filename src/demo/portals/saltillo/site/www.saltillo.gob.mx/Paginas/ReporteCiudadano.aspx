<!DOCTYPE html>
<html lang="es">
<head>
<title>Reporte Ciudadano - Gobierno Municipal de Saltillo</title>
{{> head}}
</head>
<body>
{{> header}}
<div class="container body-content">
<h1>Reporte Ciudadano</h1>
<form method="post" action="./ReporteCiudadano.aspx" id="formReporte">
<label for="ddlTipo">Tipo de reporte</label><select name="ctl00$Main$ddlTipo" id="ddlTipo"><option>Bache</option><option>Alumbrado</option><option>Basura</option></select>
<label for="txtUbicacion">Ubicación</label><input name="ctl00$Main$txtUbicacion" type="text" id="txtUbicacion">
<label for="txtDescripcion">Descripción</label><textarea name="ctl00$Main$txtDescripcion" id="txtDescripcion" rows="5"></textarea>
<input type="submit" name="ctl00$Main$btnEnviar" value="Enviar reporte" class="btn btn-primary">
</form>
</div>
{{> footer}}
</body>
</html>
