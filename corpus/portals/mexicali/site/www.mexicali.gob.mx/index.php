<!DOCTYPE html>
<html lang="es">
<head>
<title>XXII Ayuntamiento de Mexicali</title>
{{> head}}
</head>
<body class="">
{{> header}}
<main id="contenido" class="container">

  <div class="row banners">
    <a href="/app.php"><img src="/img/banner-app-mexicali.jpg" alt="Descarga la App Mexicali Ciudadano"></a>
    <a href="http://datosabiertos.mexicali.gob.mx/"><img src="/img/banner-datos-abiertos.jpg" alt="Portal de Datos Abiertos de Mexicali"></a>
    <a href="/encuesta.php"><img src="/img/banner-evalua.jpg" alt="Evalúa la atención que recibiste"></a>
  </div>
  <h1>Bienvenido al portal del Gobierno Municipal de Mexicali</h1>
  <div class="noticias">
    <h2>Noticias recientes</h2>
    <div class="nota"><h3><a href="/noticia.php?id=2214">Inicia programa "Mexicali Limpio" en el Valle</a></h3><p>{{date:-3d|dd/MM/yyyy}} · Cuadrillas de Servicios Públicos recorren los ejidos del Valle de Mexicali.</p></div>
    <div class="nota"><h3><a href="/noticia.php?id=2207">Cabildo aprueba obras de pavimentación en la zona oriente</a></h3><p>{{date:-10d|dd/MM/yyyy}} · Se destinarán 38 millones de pesos a 14 calles.</p></div>
  </div>
  <div class="contacto-rapido">
    <h2>¿Necesitas algo?</h2>
    <p>Llama al 072 o escríbenos a <a href="mailto:atencion@mexicali.gob.mx">atencion@mexicali.gob.mx</a>. Consulta nuestros datos de <a href="/contacto.php">Contacto</a>.</p>
  </div>

</main>
{{> footer}}
</body>
</html>
