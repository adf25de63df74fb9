<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="es">
<head id="ctl00_Head1">
<title>Reynosa App - Gobierno Municipal de Reynosa</title>
{{> head}}
</head>
<body>
{{> top}}
<h1>Reynosa App</h1>
<p>La aplicación oficial del Gobierno Municipal: reporta baches y fugas con foto, consulta trámites y paga tu predial desde el celular.</p>
<p><a href="https://play.google.com/store/apps/details?id=mx.gob.reynosa.app">Disponible en Google Play</a> · <a href="https://apps.apple.com/mx/app/reynosa-app/id1052368211">Descárgala en el App Store</a></p>
{{> bottom}}
</body>
</html>
