<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Directorio - H. Ayuntamiento de Lagos de Moreno</title>
{{> head}}
</head>
<body>
{{> top}}
<p class="titulo">DIRECTORIO</p>
<table class="tabla_datos" width="100%" cellspacing="0"><tr><td><b>Dependencia</b></td><td><b>Teléfono</b></td></tr>
<tr><td>Secretaría General</td><td>741 8010</td></tr><tr><td>Hacienda Municipal</td><td>741 8020</td></tr><tr><td>Obras Públicas</td><td>741 8040</td></tr><tr><td>Servicios Municipales</td><td>741 8060</td></tr></table>
{{> bottom}}
</body>
</html>
