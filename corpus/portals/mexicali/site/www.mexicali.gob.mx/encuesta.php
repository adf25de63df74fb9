<!DOCTYPE html>
<html lang="es">
<head>
<title>Evalúa nuestra atención - XXII Ayuntamiento de Mexicali</title>
{{> head}}
</head>
<body class="">
{{> header}}
<main id="contenido" class="container">

  <h1>Encuesta de satisfacción ciudadana</h1>
  <p>Ayúdanos a mejorar. Califica la atención que recibiste en las ventanillas del Ayuntamiento.</p>
  <form action="/encuesta.php" method="post">
    <label for="tramite">¿Qué trámite realizaste?</label>
    <select id="tramite" name="tramite"><option>Pago de predial</option><option>Licencia de construcción</option><option>Permiso de alcoholes</option><option>Otro</option></select>
    <fieldset><legend>¿Cómo calificas la atención recibida?</legend>
      <label><input type="radio" name="calificacion" value="5"> Excelente</label>
      <label><input type="radio" name="calificacion" value="4"> Buena</label>
      <label><input type="radio" name="calificacion" value="3"> Regular</label>
      <label><input type="radio" name="calificacion" value="2"> Mala</label>
      <label><input type="radio" name="calificacion" value="1"> Muy mala</label>
    </fieldset>
    <fieldset><legend>¿Cuánto tiempo esperaste para ser atendido?</legend>
      <label><input type="radio" name="espera" value="15"> Menos de 15 minutos</label>
      <label><input type="radio" name="espera" value="30"> Entre 15 y 30 minutos</label>
      <label><input type="radio" name="espera" value="60"> Más de 30 minutos</label>
    </fieldset>
    <button type="submit">Enviar evaluación</button>
  </form>

</main>
{{> footer}}
</body>
</html>
