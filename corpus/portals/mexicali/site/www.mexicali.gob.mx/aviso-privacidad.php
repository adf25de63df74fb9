<!DOCTYPE html>
<html lang="es">
<head>
<title>Aviso de privacidad - XXII Ayuntamiento de Mexicali</title>
{{> head}}
</head>
<body class="">
{{> header}}
<main id="contenido" class="container">

  <h1>Aviso de privacidad</h1>
  <p>Los datos personales que proporcionas se usan solo para el trámite que solicitas.</p>

</main>
{{> footer}}
</body>
</html>
