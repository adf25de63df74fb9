<!DOCTYPE html>
<html lang="es">
<head>
<title>Transparencia - Gobierno Municipal de Saltillo</title>
{{> head}}
</head>
<body>
{{> header}}
<div class="container body-content">
<h1>Transparencia</h1>
<p>Obligaciones de transparencia del Municipio de Saltillo (Ley de Acceso a la Información Pública para el Estado de Coahuila de Zaragoza).</p>
<p><a href="https://www.plataformadetransparencia.org.mx/">Plataforma Nacional de Transparencia</a></p>
</div>
{{> footer}}
</body>
</html>
