<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="es">
<head id="ctl00_Head1">
<title>Participación Ciudadana - Gobierno Municipal de Reynosa</title>
{{> head}}
</head>
<body>
{{> top}}
<h1>Participación Ciudadana</h1>
<p>Los vecinos de Reynosa pueden participar en las decisiones del gobierno municipal así:</p>
<h2>Comités de Participación Ciudadana</h2><p>Cada colonia elige un comité que gestiona obras y servicios y vigila que se terminen. La Coordinación organiza las elecciones de comités.</p>
<h2>Consejo Municipal de Participación Ciudadana</h2><p>Ciudadanos, empresarios y universidades proponen y evalúan programas del Ayuntamiento. Sesiona cada dos meses.</p>
<h2>Miércoles Ciudadano</h2><p>Cada miércoles los funcionarios atienden en persona a los vecinos en la explanada del Palacio Municipal.</p>
<p><b>Coordinación de Participación Ciudadana</b><br>Teléfono: (899) 932 3200 ext. 1450<br>Correo: participacion.ciudadana@reynosa.gob.mx<br>Domicilio: Palacio Municipal, planta alta, Morelos y Zaragoza s/n</p>
{{> bottom}}
</body>
</html>
