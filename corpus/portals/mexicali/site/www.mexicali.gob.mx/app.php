<!DOCTYPE html>
<html lang="es">
<head>
<title>App Mexicali Ciudadano - XXII Ayuntamiento de Mexicali</title>
{{> head}}
</head>
<body class="">
{{> header}}
<main id="contenido" class="container">

  <h1>App Mexicali Ciudadano</h1>
  <p>Con la aplicación del Ayuntamiento puedes consultar tu adeudo de predial, ubicar las oficinas municipales y recibir avisos de Protección Civil.</p>
  <p><a href="https://play.google.com/store/apps/details?id=mx.gob.mexicali.ciudadano"><img src="/img/google-play-badge.png" alt="Disponible en Google Play"></a>
     <a href="https://itunes.apple.com/mx/app/mexicali-ciudadano/id1082334455?mt=8"><img src="/img/app-store-badge.png" alt="Descárgala en el App Store"></a></p>

</main>
{{> footer}}
</body>
</html>
