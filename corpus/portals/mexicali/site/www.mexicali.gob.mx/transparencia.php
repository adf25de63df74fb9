<!DOCTYPE html>
<html lang="es">
<head>
<title>Transparencia - XXII Ayuntamiento de Mexicali</title>
{{> head}}
</head>
<body class="">
{{> header}}
<main id="contenido" class="container">

  <h1>Transparencia</h1>
  <p>Información pública de oficio conforme al Artículo 81 de la Ley de Transparencia y Acceso a la Información Pública para el Estado de Baja California.</p>
  <ul>
    <li><a href="/transparencia/art81/marco-normativo.pdf">Fracción I. Marco normativo</a></li>
    <li><a href="/transparencia/art81/estructura-organica.pdf">Fracción II. Estructura orgánica</a></li>
    <li><a href="/transparencia/art81/directorio.pdf">Fracción VII. Directorio de servidores públicos</a></li>
  </ul>
  <p>Solicitudes de información: <a href="http://www.plataformadetransparencia.org.mx/">Plataforma Nacional de Transparencia</a>.</p>

</main>
{{> footer}}
</body>
</html>
