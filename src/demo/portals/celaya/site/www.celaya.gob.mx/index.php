<!DOCTYPE html>
<html lang="es">
<head>
<title>Inicio - Municipio de Celaya</title>
{{> head}}
</head>
<body>
{{> header}}
<div id="contenido">
<h1>Municipio de Celaya</h1>
<div id="banner">
  <a href="/transparencia_focalizada.php"><img src="/img/banner_focalizada.jpg" alt=""> Transparencia Focalizada</a>
  <a href="/transparencia.php">Transparencia</a>
</div>
<p>Bienvenido al portal del Municipio de Celaya.</p>
</div>
{{> footer}}
</body>
</html>
