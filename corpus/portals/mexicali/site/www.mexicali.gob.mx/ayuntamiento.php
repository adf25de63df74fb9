<!DOCTYPE html>
<html lang="es">
<head>
<title>Ayuntamiento - XXII Ayuntamiento de Mexicali</title>
{{> head}}
</head>
<body class="">
{{> header}}
<main id="contenido" class="container">

  <h1>XXII Ayuntamiento de Mexicali</h1>
  <p>El Ayuntamiento se integra por el Presidente Municipal, el Síndico Procurador y dieciséis regidores, electos para el periodo 2016-2019.</p>
  <h2>Presidente Municipal</h2>
  <p>Despacha en el Palacio Municipal, tercer piso. Audiencias públicas los miércoles de 9:00 a 13:00 horas.</p>

</main>
{{> footer}}
</body>
</html>
