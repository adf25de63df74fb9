<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="es">
<head id="ctl00_Head1">
<title>Presidenta Municipal - Gobierno Municipal de Reynosa</title>
{{> head}}
</head>
<body>
{{> top}}
<h1>Presidenta Municipal</h1>
<p><img src="/Imagenes/presidenta.jpg" alt="Presidenta Municipal de Reynosa" style="max-width:100%"></p>
<p>La Presidenta Municipal encabeza el R. Ayuntamiento de Reynosa 2013-2016.</p>
<p>Sigue a la Presidenta Municipal: <a id="ctl00_ContentPlaceHolder1_hlTwitterPresidenta" href="https://twitter.com/PresidentaReynosa">Twitter de la Presidenta Municipal</a> · <a id="ctl00_ContentPlaceHolder1_hlFacebookPresidenta" href="https://www.facebook.com/PresidentaMunicipalReynosa">Facebook de la Presidenta Municipal</a></p>
{{> bottom}}
</body>
</html>
