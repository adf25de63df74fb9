<!DOCTYPE html>
<html lang="es">
<head>
<title>Alcalde - Gobierno Municipal de Saltillo</title>
{{> head}}
</head>
<body>
{{> header}}
<div class="container body-content">
<h1>Alcalde</h1>
<p>Ing. Jorge Villarreal Cárdenas, Alcalde de Saltillo.</p>
<p>Redes del Alcalde: <a href="https://www.facebook.com/JorgeVillarrealAlcalde">Facebook</a> · <a href="https://twitter.com/JVillarrealSlt">Twitter</a></p>
</div>
{{> footer}}
</body>
</html>
