<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="es">
<head id="ctl00_Head1">
<title>Encuesta de Satisfacción - Gobierno Municipal de Reynosa</title>
{{> head}}
</head>
<body>
{{> top}}
<h1>Encuesta de Satisfacción</h1>
<p>¿Cómo te atendimos? Califica el servicio que recibiste en las oficinas del Ayuntamiento.</p>
<label for="ctl00_ContentPlaceHolder1_ddlServicio">Servicio</label><select name="ctl00$ContentPlaceHolder1$ddlServicio" id="ctl00_ContentPlaceHolder1_ddlServicio"><option>Pago de predial</option><option>Licencia de funcionamiento</option><option>Recolección de basura</option></select>
<table id="ctl00_ContentPlaceHolder1_rblCalificacion"><tr><td><input id="c5" type="radio" name="ctl00$ContentPlaceHolder1$rblCalificacion" value="5"><label for="c5">Muy bueno</label></td><td><input id="c4" type="radio" name="ctl00$ContentPlaceHolder1$rblCalificacion" value="4"><label for="c4">Bueno</label></td><td><input id="c3" type="radio" name="ctl00$ContentPlaceHolder1$rblCalificacion" value="3"><label for="c3">Regular</label></td><td><input id="c2" type="radio" name="ctl00$ContentPlaceHolder1$rblCalificacion" value="2"><label for="c2">Malo</label></td></tr></table>
<label for="ctl00_ContentPlaceHolder1_txtComentario">Comentarios</label><textarea name="ctl00$ContentPlaceHolder1$txtComentario" id="ctl00_ContentPlaceHolder1_txtComentario"></textarea>
<input type="submit" name="ctl00$ContentPlaceHolder1$btnCalificar" value="Enviar calificación" id="ctl00_ContentPlaceHolder1_btnCalificar">
{{> bottom}}
</body>
</html>
