<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Ayuntamiento - H. Ayuntamiento de Zitácuaro</title>
{{> head}}
</head>
<body bgcolor="#D9E1C8" leftmargin="0" topmargin="0">
{{> top}}
<p class="titulo"><b>H. AYUNTAMIENTO 2015-2018</b></p><p>El H. Ayuntamiento de Zitácuaro está integrado por el Presidente Municipal, el Síndico y los Regidores electos para el periodo 2015-2018.</p>
{{> bottom}}
</body>
</html>
