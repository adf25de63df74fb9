<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Turismo - H. Ayuntamiento de Zitácuaro</title>
{{> head}}
</head>
<body bgcolor="#D9E1C8" leftmargin="0" topmargin="0">
{{> top}}
<p class="titulo"><b>TURISMO</b></p><p>Visite el Santuario de la Mariposa Monarca, la presa del Bosque y el Cerrito de la Independencia. Temporada de la mariposa: noviembre a marzo.</p>
{{> bottom}}
</body>
</html>
