<!DOCTYPE html>
<html lang="es">
<head>
<title>Trámites y Servicios - XXII Ayuntamiento de Mexicali</title>
{{> head}}
</head>
<body class="">
{{> header}}
<main id="contenido" class="container">

  <h1>Trámites y Servicios</h1>
  <ul><li>Pago de impuesto predial</li><li>Licencia de construcción</li><li>Permiso de alcoholes</li><li>Cartilla del Servicio Militar</li></ul>
  <p>Requisitos y costos en las ventanillas de la Tesorería Municipal.</p>

</main>
{{> footer}}
</body>
</html>
