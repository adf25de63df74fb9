<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="es">
<head id="ctl00_Head1">
<title>Transparencia - Gobierno Municipal de Reynosa</title>
{{> head}}
</head>
<body>
{{> top}}
<h1>Transparencia</h1>
<p>Obligaciones de transparencia comunes (artículo 67 de la Ley de Transparencia y Acceso a la Información Pública del Estado de Tamaulipas).</p>
<ul><li><a href="/Transparencia/Formatos/LTAIPET-A67FI-2016.pdf">Fracción I</a></li><li><a href="/Transparencia/Formatos/LTAIPET-A67FII-2016.pdf">Fracción II</a></li></ul>
<p><a href="https://www.plataformadetransparencia.org.mx/">Plataforma Nacional de Transparencia</a></p>
{{> bottom}}
</body>
</html>
