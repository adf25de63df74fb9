<!DOCTYPE html>
<html lang="es">
<head>
<title>Participación Ciudadana - Municipio de Celaya</title>
{{> head}}
</head>
<body>
{{> header}}
<div id="contenido">
<h1>Participación Ciudadana</h1>
<h2>Comités de colonos</h2>
<p>Cada colonia elige un comité que presenta sus necesidades al Ayuntamiento y vigila las obras que se hacen en ella. Para formar o renovar tu comité, acude con tu credencial de elector.</p>
<h2>Cabildo abierto</h2>
<p>Dos veces al año el Ayuntamiento celebra sesiones de cabildo abierto, en las que cualquier habitante registrado puede exponer un tema.</p>
<h2>Contacto</h2>
<p>Dirección de Desarrollo Social y Participación Ciudadana<br>
Tel. (461) 159 7100 ext. 1230<br>
Correo: participacion@celaya.gob.mx<br>
Portal Independencia s/n, Zona Centro, C.P. 38000, Celaya, Gto.</p>
</div>
{{> footer}}
</body>
</html>
