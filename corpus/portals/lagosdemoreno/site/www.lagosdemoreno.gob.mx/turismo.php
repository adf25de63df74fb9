<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Turismo - H. Ayuntamiento de Lagos de Moreno</title>
{{> head}}
</head>
<body>
{{> top}}
<p class="titulo">TURISMO</p><p>Lagos de Moreno, Pueblo Mágico desde 2012, conserva su centro histórico de cantera rosa, la Parroquia de la Asunción, el Teatro José Rosas Moreno y el Puente de Lagos.</p>
{{> bottom}}
</body>
</html>
