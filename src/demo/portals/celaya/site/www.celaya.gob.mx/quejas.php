<!DOCTYPE html>
<html lang="es">
<head>
<title>Quejas y denuncias - Municipio de Celaya</title>
{{> head}}
</head>
<body>
{{> header}}
<div id="contenido">
<h1>Quejas y denuncias</h1>
<form action="/quejas_enviar.php" method="post">
<label for="nombre">Nombre (opcional)</label> <input type="text" name="nombre" id="nombre">
<label for="queja">Describa su queja o denuncia</label> <textarea name="queja" id="queja" rows="6"></textarea>
<input type="submit" name="enviar" value="Enviar queja">
</form>
</div>
{{> footer}}
</body>
</html>
