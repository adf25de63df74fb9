<!DOCTYPE html>
<html lang="es">
<head>
<title>Inicio - Gobierno Municipal de Saltillo</title>
{{> head}}
</head>
<body>
{{> header}}
<div class="container body-content">
<div class="jumbotron"><h1>Saltillo, ciudad de todos</h1><p>Bienvenido al portal del Gobierno Municipal.</p></div>
<div class="row">
  <div class="col-md-6"><h2>Reporte ciudadano</h2><p><a class="btn btn-default" href="/Paginas/ReporteCiudadano.aspx">Haz tu reporte</a></p></div>
  <div class="col-md-6"><h2>Trámites</h2><p>Consulta requisitos y costos.</p></div>
</div>
</div>
{{> footer}}
</body>
</html>
