<!DOCTYPE html>
<html lang="es">
<head>
<title>Contacto - XXII Ayuntamiento de Mexicali</title>
{{> head}}
</head>
<body class="">
{{> header}}
<main id="contenido" class="container">

  <h1>Contacto</h1>
  <p>Visítanos o llámanos en horario de oficina, de lunes a viernes de 8:00 a 15:00 horas.</p>
  <address>
    Palacio Municipal de Mexicali<br>
    Calzada Independencia No. 998, Centro Cívico<br>
    C.P. 21000, Mexicali, Baja California<br>
    Conmutador: (686) 558 1600 · Reportes de servicios: 072<br>
    Correo: <a href="mailto:atencion@mexicali.gob.mx">atencion@mexicali.gob.mx</a>
  </address>
  <p><img src="/img/mapa-palacio-municipal.png" alt="Mapa de ubicación del Palacio Municipal"></p>

</main>
{{> footer}}
</body>
</html>
