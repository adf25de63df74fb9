<!DOCTYPE html>
<html lang="es">
<head>
<title>Noticias - XXII Ayuntamiento de Mexicali</title>
{{> head}}
</head>
<body class="">
{{> header}}
<main id="contenido" class="container">

  <h1>Noticias</h1>
  <ul>
    <li><a href="/noticia.php?id=2214">Inicia programa "Mexicali Limpio" en el Valle</a> · {{date:-3d|dd/MM/yyyy}}</li>
    <li><a href="/noticia.php?id=2207">Cabildo aprueba obras de pavimentación en la zona oriente</a> · {{date:-10d|dd/MM/yyyy}}</li>
  </ul>

</main>
{{> footer}}
</body>
</html>
