<!DOCTYPE html>
<html lang="es">
<head>
<title>Encuesta de satisfacción - Gobierno Municipal de Saltillo</title>
{{> head}}
</head>
<body>
{{> header}}
<div class="container body-content">
<h1>Resultados de la Encuesta de Satisfacción Ciudadana {{date:-1y|yyyy}}</h1>
<p>Preguntamos a 1,200 personas cómo califican los servicios municipales (escala de 1 a 10).</p>
<table class="table"><tr><th>Servicio</th><th>Calificación</th></tr>
<tr><td>Recolección de basura</td><td>7.8</td></tr><tr><td>Alumbrado público</td><td>7.1</td></tr><tr><td>Seguridad pública</td><td>6.2</td></tr></table>
</div>
{{> footer}}
</body>
</html>
