<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="es">
<head id="ctl00_Head1">
<title>Gobierno Abierto - Gobierno Municipal de Reynosa</title>
{{> head}}
</head>
<body>
{{> top}}
<div id="ctl00_ContentPlaceHolder1_pnlGobiernoAbierto">
<h1 id="ctl00_ContentPlaceHolder1_lblTitulo">Gobierno Abierto</h1>
<p>Bienvenido a Gobierno Abierto. Aquí está la información del Municipio.</p>
<p>En cumplimiento de lo dispuesto por los artículos 59, 60, 61, 62 y 67 de la Ley de Transparencia y Acceso a la Información Pública del Estado de Tamaulipas (LTAIPET), así como de los Lineamientos Técnicos Generales emitidos por el Sistema Nacional de Transparencia y de los acuerdos del Pleno del ITAIT, la UT del R. Ayuntamiento publica los formatos correspondientes a las fracciones aplicables, conforme a la tabla de aplicabilidad aprobada, debiendo la información presentarse en formato abierto (mínimo en formato Excel) y actualizarse al trimestre inmediato anterior, sin perjuicio de lo previsto en los artículos 117 y 120 del citado ordenamiento respecto de la información clasificada.</p>
<p>Fecha de actualización: {{date:-10d|dd/MM/yyyy}}</p>
<table id="ctl00_ContentPlaceHolder1_gvRubros" cellspacing="0" rules="all" border="1" style="width:1200px;border-collapse:collapse;table-layout:fixed">
<tr><th scope="col" style="width:200px">Formato</th><th scope="col" style="width:260px">Fundamento</th><th scope="col" style="width:180px">Área</th><th scope="col" style="width:150px">Periodicidad</th><th scope="col" style="width:170px">Fecha de actualización</th><th scope="col" style="width:120px">Tipo</th><th scope="col" style="width:120px">Archivo</th></tr>
<tr><td>LTAIPET-A67FI</td><td>Art. 67 Fr. I</td><td>SEFIN / UT</td><td>Anual</td><td>{{date:-10d|dd/MM/yyyy}}</td><td>PDF</td><td><a id="ctl00_ContentPlaceHolder1_gvRubros_ctl02_hlArchivo" href="/Transparencia/Formatos/LTAIPET-A67FI-2016.pdf">Ver</a></td></tr><tr><td>LTAIPET-A67FII</td><td>Art. 67 Fr. II inciso a)</td><td>SEFIN / UT</td><td>Trimestral</td><td>{{date:-10d|dd/MM/yyyy}}</td><td>PDF</td><td><a id="ctl00_ContentPlaceHolder1_gvRubros_ctl03_hlArchivo" href="/Transparencia/Formatos/LTAIPET-A67FII-2016.pdf">Ver</a></td></tr><tr><td>LTAIPET-A67FVII</td><td>Art. 67 Fr. VII</td><td>SEFIN / UT</td><td>Trimestral</td><td>{{date:-10d|dd/MM/yyyy}}</td><td>PDF</td><td><a id="ctl00_ContentPlaceHolder1_gvRubros_ctl04_hlArchivo" href="/Transparencia/Formatos/LTAIPET-A67FVII-2016.pdf">Ver</a></td></tr><tr><td>LTAIPET-A67FXXI</td><td>Art. 67 Fr. XXI incisos a) y b)</td><td>SEFIN / UT</td><td>Trimestral</td><td>{{date:-10d|dd/MM/yyyy}}</td><td>CSV</td><td><a id="ctl00_ContentPlaceHolder1_gvRubros_ctl05_hlArchivo" href="/Transparencia/Formatos/LTAIPET-A67FXXI-2016.csv">Ver</a></td></tr><tr><td>LTAIPET-A67FXXXIX</td><td>Art. 67 Fr. XXXIX</td><td>SEFIN / UT</td><td>Semestral</td><td>{{date:-10d|dd/MM/yyyy}}</td><td>PDF</td><td><a id="ctl00_ContentPlaceHolder1_gvRubros_ctl06_hlArchivo" href="/Transparencia/Formatos/LTAIPET-A67FXXXIX-2016.pdf">Ver</a></td></tr><tr><td>LTAIPET-A67FXLVI</td><td>Art. 67 Fr. XLVI inciso c)</td><td>SEFIN / UT</td><td>Trimestral</td><td>{{date:-10d|dd/MM/yyyy}}</td><td>PDF</td><td><a id="ctl00_ContentPlaceHolder1_gvRubros_ctl07_hlArchivo" href="/Transparencia/Formatos/LTAIPET-A67FXLVI-2016.pdf">Ver</a></td></tr>
</table>
<h2>Infografías</h2>
<div id="ctl00_ContentPlaceHolder1_pnlInfografias">
<p><img src="/Imagenes/Infografias/infografia-directorio-dependencias.svg" alt="Infografía: Directorio de dependencias municipales" width="360"></p>
<p><img src="/Imagenes/Infografias/infografia-sesiones-cabildo-2016.svg" alt="Infografía: Calendario de sesiones de Cabildo 2016" width="360"></p>
</div>
</div>
{{> bottom}}
</body>
</html>
