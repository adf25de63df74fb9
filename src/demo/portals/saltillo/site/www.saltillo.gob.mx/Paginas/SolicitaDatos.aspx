<!DOCTYPE html>
<html lang="es">
<head>
<title>Solicita un conjunto de datos - Gobierno Municipal de Saltillo</title>
{{> head}}
</head>
<body>
{{> header}}
<div class="container body-content">
<h1>Solicita un conjunto de datos</h1>
<p>Propón qué información quieres que publiquemos como dato abierto. Revisamos cada solicitud.</p>
<form method="post" action="./SolicitaDatos.aspx" id="formSolicitud">
<label for="txtNombre">Nombre</label><input name="ctl00$Main$txtNombre" type="text" id="txtNombre" class="form-control">
<label for="txtDatos">¿Qué datos te gustaría consultar?</label><textarea name="ctl00$Main$txtDatos" id="txtDatos" rows="5" class="form-control"></textarea>
<input type="submit" name="ctl00$Main$btnEnviar" value="Enviar solicitud" id="btnEnviar" class="btn btn-primary">
</form>
</div>
{{> footer}}
</body>
</html>
