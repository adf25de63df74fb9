<!DOCTYPE html>
<html lang="es">
<head>
<title>Participación Ciudadana - XXII Ayuntamiento de Mexicali</title>
{{> head}}
</head>
<body class="">
{{> header}}
<main id="contenido" class="container">

  <h1>Participación Ciudadana</h1>
  <p>El Ayuntamiento cuenta con varios espacios para que los vecinos opinen y decidan:</p>
  <h2>Comités de vecinos</h2>
  <p>Cada colonia puede formar un comité de vecinos que da seguimiento a las obras y servicios de su zona. Para registrar tu comité lleva el acta de la asamblea vecinal a la Dirección de Desarrollo Social.</p>
  <h2>Consulta pública del Plan Municipal de Desarrollo 2017-2019</h2>
  <p>Envía tus propuestas en los foros de consulta que se realizan en cada delegación.</p>
  <h2>Informes</h2>
  <p>Coordinación de Participación Ciudadana, Dirección de Desarrollo Social Municipal<br>
  Teléfono: (686) 558 1600 ext. 2450 · Correo: <a href="mailto:participacion@mexicali.gob.mx">participacion@mexicali.gob.mx</a></p>

</main>
{{> footer}}
</body>
</html>
