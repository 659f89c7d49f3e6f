<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Learn about your ketamine treatment</source>
        <translation>Conozca su tratamiento con ketamina</translation>
    </message>
    <message>
        <source>IN THIS KIOSK</source>
        <extracomment>The small heading of the card with article highlights on the welcome screen.</extracomment>
        <translation>EN ESTA PANTALLA</translation>
    </message>
    <message>
        <source>Touch to begin</source>
        <extracomment>The main button on the idle screen, one per language. Large, friendly, short.</extracomment>
        <translation>Toque para comenzar</translation>
    </message>
    <message>
        <source>Patient Education</source>
        <extracomment>The kiosk&apos;s name when the clinic has not set its own.</extracomment>
        <translation>Educación para pacientes</translation>
    </message>
    <message>
        <source>Short, clear answers: what to expect, how it works, and staying safe.</source>
        <extracomment>Under the invitation on the welcome screen: what there is to read, in plain words.</extracomment>
        <translation>Respuestas breves y claras: qué esperar, cómo funciona y cómo cuidarse.</translation>
    </message>
</context>
<context>
    <name>DisclaimerScreen</name>
    <message>
        <source>This kiosk is for learning only. It is not medical advice, and it does not take the place of your care team.</source>
        <translation>Esta pantalla es solo para informarse. No es un consejo médico y no reemplaza a su equipo de atención.</translation>
    </message>
    <message>
        <source>The U.S. Food and Drug Administration (FDA) has approved ketamine only as an anesthetic, a medicine used for surgery. It has approved ketamine for no mental health condition. Using it for depression, anxiety, PTSD or pain is off-label.</source>
        <translation>La Administración de Alimentos y Medicamentos de EE. UU. (FDA) aprobó la ketamina solo como anestésico, un medicamento que se usa en cirugías. No la ha aprobado para ningún problema de salud mental. Usarla para la depresión, la ansiedad, el trastorno de estrés postraumático (TEPT) o el dolor es un uso fuera de lo aprobado.</translation>
    </message>
    <message>
        <source>Only esketamine nasal spray (Spravato) is approved for depression, for adults. Ketamine made by a compounding pharmacy, such as lozenges or sprays, is not an FDA-approved product at all.</source>
        <translation>Solo el aerosol nasal de esketamina (Spravato) está aprobado para la depresión, en adultos. La ketamina preparada en una farmacia (fórmula magistral), como pastillas para disolver en la boca o aerosoles, no es un producto aprobado por la FDA.</translation>
    </message>
    <message>
        <source>Results are different for each person. No treatment works for everyone.</source>
        <translation>Los resultados son distintos para cada persona. Ningún tratamiento funciona para todos.</translation>
    </message>
    <message>
        <source>Talk with your care team before you make any decision about your treatment.</source>
        <translation>Hable con su equipo de atención antes de tomar cualquier decisión sobre su tratamiento.</translation>
    </message>
    <message>
        <source>If you have thoughts of suicide, call or text 988, or chat at 988lifeline.org. In Spanish, call 988 and press 2. In an emergency, call 911.</source>
        <translation>Si tiene pensamientos de suicidio, llame al 988 y oprima el 2, o envíe AYUDA por mensaje de texto al 988. También puede chatear en español en 988lifeline.org. En una emergencia, llame al 911.</translation>
    </message>
    <message>
        <source>Before you begin</source>
        <translation>Antes de comenzar</translation>
    </message>
    <message>
        <source>‹  Back</source>
        <translation>‹  Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>I understand</source>
        <extracomment>The patient confirms they read the disclaimer. Must be short and clear.</extracomment>
        <translation>Entiendo</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation>Leer esta página en voz alta</translation>
    </message>
</context>
<context>
    <name>GlossaryCard</name>
    <message>
        <source>What “%1” means</source>
        <translation>Qué quiere decir «%1»</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the explanation</source>
        <translation>Cerrar la explicación</translation>
    </message>
</context>
<context>
    <name>GoodbyeOverlay</name>
    <message>
        <source>Thank you.</source>
        <translation>Gracias.</translation>
    </message>
    <message>
        <source>The screen is cleared for the next person.</source>
        <translation>La pantalla se ha borrado para la siguiente persona.</translation>
    </message>
    <message>
        <source>Oops, keep reading</source>
        <extracomment>Undoes a mis-tap on &quot;I&apos;m done&quot; within a few seconds.</extracomment>
        <translation>Perdón, quiero seguir leyendo</translation>
    </message>
    <message>
        <source>Keep reading: I did not mean to finish</source>
        <translation>Seguir leyendo: no quería terminar</translation>
    </message>
</context>
<context>
    <name>HelpLine</name>
    <message>
        <source>Feeling unwell or unsafe? Tell the front desk, or call or text 988.</source>
        <extracomment>Always visible at the bottom of patient screens. Calm, short. The Spanish version must give the Spanish route to 988 (call 988 and press 2).</extracomment>
        <translation>¿Se siente mal o en peligro? Avise en la recepción, o llame al 988 y oprima el 2.</translation>
    </message>
    <message>
        <source>Who to call  ›</source>
        <extracomment>Opens the article &quot;When to get help now&quot; with the who-to-call chart.</extracomment>
        <translation>A quién llamar  ›</translation>
    </message>
    <message>
        <source>Who to call: when to get help now</source>
        <translation>A quién llamar: cuándo pedir ayuda ya</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message numerus="yes">
        <source>My questions (%n)</source>
        <extracomment>A button that opens the patient&apos;s list of questions for the care team; %n is how many.</extracomment>
        <translation>
            <numerusform>Mis preguntas (%n)</numerusform>
            <numerusform>Mis preguntas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My questions for the care team: %n question(s)</source>
        <translation>
            <numerusform>Mis preguntas para el equipo de atención: %n pregunta</numerusform>
            <numerusform>Mis preguntas para el equipo de atención: %n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lectura</numerusform>
            <numerusform>%n min de lectura</numerusform>
        </translation>
    </message>
    <message>
        <source>More on this topic</source>
        <translation>Más sobre este tema</translation>
    </message>
    <message>
        <source>More on this topic: %1</source>
        <translation>Más sobre este tema: %1</translation>
    </message>
    <message>
        <source>What would you like to read about?</source>
        <translation>¿Sobre qué le gustaría leer?</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Empiece aquí</translation>
    </message>
    <message>
        <source>I&apos;m done</source>
        <extracomment>Ends the patient&apos;s visit and clears the screen for the next person.</extracomment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>I&apos;m done: clear the screen for the next person</source>
        <translation>Terminé: borrar la pantalla para la siguiente persona</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 artículo</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 artículos</translation>
    </message>
    <message>
        <source>Patient Education</source>
        <extracomment>The kiosk&apos;s name when the clinic has not set its own.</extracomment>
        <translation>Educación para pacientes</translation>
    </message>
</context>
<context>
    <name>IdleWarningOverlay</name>
    <message>
        <source>To protect your privacy, this screen will clear in 1 second.</source>
        <translation>Para proteger su privacidad, esta pantalla se borrará en 1 segundo.</translation>
    </message>
    <message>
        <source>To protect your privacy, this screen will clear in %1 seconds.</source>
        <translation>Para proteger su privacidad, esta pantalla se borrará en %1 segundos.</translation>
    </message>
    <message>
        <source>Are you still reading?</source>
        <translation>¿Sigue leyendo?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <extracomment>Large button on the idle warning; keeps the patient&apos;s session going.</extracomment>
        <translation>Sigo aquí</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Patient education</source>
        <translation>Educación para pacientes</translation>
    </message>
    <message>
        <source>Sound is not working right now. Please ask the front desk.</source>
        <translation>El sonido no funciona en este momento. Por favor, pregunte en la recepción.</translation>
    </message>
</context>
<context>
    <name>MyQuestionsCard</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this question: %1</source>
        <translation>Quitar esta pregunta: %1</translation>
    </message>
    <message>
        <source>My questions for the care team</source>
        <translation>Mis preguntas para el equipo de atención</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close my questions</source>
        <translation>Cerrar mis preguntas</translation>
    </message>
    <message>
        <source>No questions yet. In an article, tap “Add to my questions” next to a question you want to ask.</source>
        <translation>Todavía no tiene preguntas. En un artículo, toque «Añadir a mis preguntas» junto a una pregunta que quiera hacer.</translation>
    </message>
    <message>
        <source>This list is only on this screen. It is deleted when you tap “I&apos;m done” or leave the kiosk.</source>
        <translation>Esta lista solo está en esta pantalla. Se borra cuando toca «Terminé» o deja la pantalla.</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at this code to keep your questions as a note. No phone? Show this card at the front desk: they can read it for you.</source>
        <translation>Apunte la cámara de su teléfono a este código para guardar sus preguntas como una nota. ¿No tiene teléfono? Muestre esta tarjeta en la recepción: allí se la pueden leer.</translation>
    </message>
    <message>
        <source>QR code with your questions</source>
        <translation>Código QR con sus preguntas</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>‹  Back</source>
        <extracomment>Button that returns to the previous screen. Keep it short.</extracomment>
        <translation>‹  Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>Button that returns to the home screen with the topics.</extracomment>
        <translation>Inicio</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>PinPadOverlay</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Enter the staff PIN (%1 to %2 digits)</source>
        <translation>Escriba el PIN del personal (de %1 a %2 dígitos)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>OK: check the PIN</source>
        <translation>Aceptar: verificar el PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Locked. Try again in %1</source>
        <translation>Bloqueado. Intente de nuevo en %1</translation>
    </message>
    <message>
        <source>Too many wrong PINs.</source>
        <translation>Demasiados PIN incorrectos.</translation>
    </message>
    <message>
        <source>No staff PIN is set. Ask IT to run: patient-kiosk --set-pin</source>
        <translation>No hay un PIN del personal configurado. Pida a soporte técnico (TI) que ejecute: patient-kiosk --set-pin</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 try left before a pause.</source>
        <translation>PIN incorrecto. Queda 1 intento antes de una pausa.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left before a pause.</source>
        <translation>PIN incorrecto. Quedan %1 intentos antes de una pausa.</translation>
    </message>
    <message>
        <source>Service needed: the kiosk cannot save staff sign-ins. Please call IT.</source>
        <translation>Se necesita servicio técnico: el quiosco no puede guardar los accesos del personal. Llame a TI, por favor.</translation>
    </message>
    <message>
        <source>Too short: the staff PIN has %1 to %2 digits.</source>
        <translation>Demasiado corto: el PIN del personal tiene de %1 a %2 dígitos.</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message numerus="yes">
        <source>My questions (%n)</source>
        <extracomment>A button that opens the patient&apos;s list of questions for the care team; %n is how many.</extracomment>
        <translation>
            <numerusform>Mis preguntas (%n)</numerusform>
            <numerusform>Mis preguntas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My questions for the care team: %n question(s)</source>
        <translation>
            <numerusform>Mis preguntas para el equipo de atención: %n pregunta</numerusform>
            <numerusform>Mis preguntas para el equipo de atención: %n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Read the article aloud</source>
        <translation>Leer el artículo en voz alta</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Dejar de leer en voz alta</translation>
    </message>
    <message>
        <source>I&apos;m done</source>
        <extracomment>Ends the patient&apos;s visit and clears the screen for the next person.</extracomment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>I&apos;m done: clear the screen for the next person</source>
        <translation>Terminé: borrar la pantalla para la siguiente persona</translation>
    </message>
</context>
<context>
    <name>ReadingProgress</name>
    <message>
        <source>Reading progress</source>
        <translation>Progreso de la lectura</translation>
    </message>
    <message>
        <source>You reached the end</source>
        <extracomment>Under an article: the patient has scrolled to its end.</extracomment>
        <translation>Llegó al final</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <extracomment>Under an article: less than a minute of reading is left.</extracomment>
        <translation>Queda menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <extracomment>Under an article: how much reading is left, %n minutes.</extracomment>
        <translation>
            <numerusform>Queda %n min</numerusform>
            <numerusform>Quedan unos %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SleepScreen</name>
    <message>
        <source>Screen asleep; touch to wake</source>
        <extracomment>Read by a screen reader on the black screen shown outside clinic hours.</extracomment>
        <translation>Pantalla en reposo; tóquela para activarla</translation>
    </message>
</context>
<context>
    <name>StaffBar</name>
    <message>
        <source>Lock kiosk mode</source>
        <translation>Bloquear modo quiosco</translation>
    </message>
    <message>
        <source>Staff: lock kiosk mode before patients use this screen.</source>
        <translation>Personal: bloquee el modo quiosco antes de que los pacientes usen esta pantalla.</translation>
    </message>
    <message>
        <source>Kiosk mode cannot be locked until a staff PIN is set. Ask IT to run: patient-kiosk --set-pin</source>
        <translation>No se puede bloquear el modo quiosco hasta que se configure un PIN del personal. Pida a soporte técnico (TI) que ejecute: patient-kiosk --set-pin</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Patient kiosk %1</source>
        <translation>Quiosco para pacientes %1</translation>
    </message>
    <message>
        <source>Resume kiosk (lock)</source>
        <translation>Volver al quiosco (bloquear)</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Volver a cargar el contenido</translation>
    </message>
    <message>
        <source>− %1 s</source>
        <translation>− %1 s</translation>
    </message>
    <message>
        <source>− %1 s: shorter</source>
        <translation>− %1 s: menos tiempo</translation>
    </message>
    <message>
        <source>+ %1 s</source>
        <translation>+ %1 s</translation>
    </message>
    <message>
        <source>+ %1 s: longer</source>
        <translation>+ %1 s: más tiempo</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Screen resets after %1 without a touch.</source>
        <translation>La pantalla vuelve al inicio después de %1 sin que nadie la toque.</translation>
    </message>
    <message>
        <source>Screen resets after %1 without a touch. Back to the usual %2 when the kiosk restarts.</source>
        <translation>La pantalla vuelve al inicio después de %1 sin que nadie la toque. Vuelve a %2, lo habitual, cuando se reinicie el quiosco.</translation>
    </message>
    <message>
        <source>Content check</source>
        <translation>Revisión del contenido</translation>
    </message>
    <message>
        <source>Most read in the last 7 days</source>
        <translation>Lo más leído en los últimos 7 días</translation>
    </message>
    <message>
        <source>%1: opened once</source>
        <translation>%1: abierto una vez</translation>
    </message>
    <message>
        <source>%1: opened %2 times</source>
        <translation>%1: abierto %2 veces</translation>
    </message>
    <message>
        <source>No article was opened in the last 7 days.</source>
        <translation>No se abrió ningún artículo en los últimos 7 días.</translation>
    </message>
    <message>
        <source>The 1 article is OK.</source>
        <translation>El artículo está bien.</translation>
    </message>
    <message>
        <source>All %1 articles OK.</source>
        <translation>Los %1 artículos están bien.</translation>
    </message>
    <message>
        <source>1 article has problems; the kiosk shows the rest.</source>
        <translation>1 artículo tiene problemas; el quiosco muestra los demás.</translation>
    </message>
    <message>
        <source>%1 articles have problems; the kiosk shows the rest.</source>
        <translation>%1 artículos tienen problemas; el quiosco muestra los demás.</translation>
    </message>
    <message>
        <source>1 other content file has problems.</source>
        <translation>1 archivo más del contenido tiene problemas.</translation>
    </message>
    <message>
        <source>%1 other content files have problems.</source>
        <translation>%1 archivos más del contenido tienen problemas.</translation>
    </message>
    <message>
        <source>Show the details to the clinic&apos;s content editor.</source>
        <translation>Muestre los detalles a quien edita el contenido de la clínica.</translation>
    </message>
    <message>
        <source>1 article is due for a clinician&apos;s review.</source>
        <translation>1 artículo está pendiente de revisión clínica.</translation>
    </message>
    <message>
        <source>%1 articles are due for a clinician&apos;s review.</source>
        <translation>%1 artículos están pendientes de revisión clínica.</translation>
    </message>
    <message>
        <source>%1 articles in %2 languages. %3 errors, %4 warnings.</source>
        <translation>%1 artículos en %2 idiomas. %3 errores, %4 advertencias.</translation>
    </message>
    <message>
        <source>1 article due for a clinician&apos;s review (for the clinic&apos;s content editor).</source>
        <translation>1 artículo pendiente de revisión clínica (para quien edita el contenido de la clínica).</translation>
    </message>
    <message>
        <source>%1 articles due for a clinician&apos;s review (for the clinic&apos;s content editor).</source>
        <translation>%1 artículos pendientes de revisión clínica (para quien edita el contenido de la clínica).</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Ver los detalles</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar los detalles</translation>
    </message>
    <message>
        <source>Content check details</source>
        <translation>Detalles de la revisión del contenido</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <source>Leave kiosk mode? The kiosk closes and the computer&apos;s desktop shows.</source>
        <translation>¿Salir del modo quiosco? El quiosco se cierra y se ve el escritorio de la computadora.</translation>
    </message>
    <message>
        <source>Yes, leave</source>
        <translation>Sí, salir</translation>
    </message>
    <message>
        <source>Yes, leave kiosk mode</source>
        <translation>Sí, salir del modo quiosco</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: stay in kiosk mode</source>
        <translation>Cancelar: seguir en modo quiosco</translation>
    </message>
    <message>
        <source>Content revision %1.</source>
        <extracomment>For IT: the same code as `patient-kiosk --check-content` prints for a folder.</extracomment>
        <translation>Revisión del contenido %1.</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <source>A−</source>
        <extracomment>Makes the text smaller. &quot;A&quot; is the letter, as on a font button.</extracomment>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Letra más pequeña</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <extracomment>The patient&apos;s current text size, between the A− and A+ buttons. %1 is a number (100 to 200).</extracomment>
        <translation>Tamaño del texto %1 %</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lectura</numerusform>
            <numerusform>%n min de lectura</numerusform>
        </translation>
    </message>
</context>
</TS>
