"""Spanish phrases of the sample world."""

from desktop.sandbox.phrases.base import Bank, Topic

BANK = Bank(
    language="es",
    first_names=(
        "Lucía",
        "Javier",
        "María",
        "Alejandro",
        "Carmen",
        "Pablo",
        "Sofía",
        "Diego",
        "Elena",
        "Sergio",
        "Marta",
        "Adrián",
        "Paula",
        "Raúl",
    ),
    last_names=(
        "García",
        "Fernández",
        "González",
        "Rodríguez",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Ruiz",
        "Díaz",
        "Moreno",
        "Jiménez",
        "Navarro",
    ),
    greetings=("Hola,", "Buenos días,", "Buenas tardes,", "Estimado equipo de {hotel}:"),
    sign_offs=(
        "Gracias de antemano,\n{guest}",
        "Un saludo,\n{guest}",
        "¡Muchas gracias!\n{guest}",
        "Saludos cordiales,\n{guest}",
    ),
    hotel_greetings=("Estimado/a {guest}:", "Hola {guest},", "Buenos días, {guest}:"),
    hotel_sign_offs=(
        "Atentamente,\n{staff}\n{hotel}",
        "Un saludo,\n{staff} - Recepción",
        "¡Hasta pronto!\n{staff}, {hotel}",
    ),
    questions={
        Topic.ARRIVAL_TIME: (
            "Llegaremos sobre las {time}. ¿Les parece bien?",
            "Les aviso de que nuestro vuelo aterriza tarde; llegaremos hacia las {time}.",
            "¿A qué hora podemos hacer el check-in el {date}? Podríamos estar a las {time}.",
        ),
        Topic.PARKING: (
            "¿Tienen aparcamiento en el hotel? Vamos en coche.",
            "¿Se puede reservar una plaza de parking para {nights} noches? ¿Cuánto cuesta?",
            "¿Hay cargador para coches eléctricos?",
        ),
        Topic.LATE_CHECKIN: (
            "Nuestro tren va con retraso y no llegaremos antes de medianoche. ¿Podremos "
            "hacer el check-in igualmente?",
            "¿La recepción está abierta 24 horas? Puede que lleguemos después de las {time}.",
        ),
        Topic.BREAKFAST: (
            "¿El desayuno está incluido en la reserva? Si no, ¿podemos añadirlo?",
            "¿A qué hora se sirve el desayuno? El {date} salimos muy temprano.",
            "¿Podrían prepararnos un desayuno para llevar? Salimos a las 5 de la mañana.",
        ),
        Topic.ALLERGIES: (
            "Mi hija tiene alergia grave a los frutos secos. ¿Puede la cocina tenerlo en "
            "cuenta en el desayuno?",
            "Soy celíaco. ¿Ofrecen pan y cereales sin gluten?",
            "Tengo alergia a las plumas, ¿podrían poner almohadas sintéticas?",
        ),
        Topic.BABY_COT: (
            "Viajamos con nuestro bebé de 8 meses. ¿Sería posible tener una cuna en la habitación?",
            "¿Disponen de trona y cuna? ¿Tiene algún coste?",
        ),
        Topic.AIRPORT_SHUTTLE: (
            "¿Tienen servicio de traslado desde el aeropuerto? Aterrizamos a las {time} el {date}.",
            "¿Cuánto cuesta un taxi desde el aeropuerto? ¿Pueden organizar un traslado para "
            "4 personas?",
        ),
        Topic.EARLY_CHECKIN: (
            "Llegamos en un vuelo nocturno. ¿Es posible hacer el check-in temprano, hacia las 9?",
            "¿Podemos dejar las maletas y entrar en la habitación antes de las 15 h si está lista?",
        ),
        Topic.INVOICE: (
            "¿Podrían emitir la factura a nombre de mi empresa? Soluciones Norte S.L., "
            "Calle Mayor 10, 28013 Madrid, CIF B12345678",
            "Necesito una factura para la empresa. ¿Me la pueden enviar por correo tras la salida?",
        ),
        Topic.DIRECTIONS: (
            "¿Cuál es la forma más fácil de llegar al hotel desde la estación de tren?",
            "El GPS nos muestra dos direcciones. ¿Por qué entrada debemos ir en coche?",
        ),
        Topic.LUGGAGE: (
            "Nuestro vuelo de vuelta sale por la tarde. ¿Podemos dejar el equipaje después "
            "del check-out?",
            "¿Puedo enviar un paquete al hotel antes de llegar? Es un regalo de cumpleaños.",
        ),
    },
    answers={
        Topic.ARRIVAL_TIME: (
            "Gracias por avisarnos. Hemos anotado su llegada sobre las {time}; la recepción "
            "está abierta hasta las 23 h.",
            "Sin problema, les esperamos hacia las {time}.",
        ),
        Topic.PARKING: (
            "Disponemos de aparcamiento privado detrás del hotel por {price} la noche, sin "
            "necesidad de reservar.",
            "El hotel no tiene aparcamiento propio, pero el parking público a 200 m ofrece "
            "tarifa especial a nuestros clientes. Mapa: {link}",
        ),
        Topic.LATE_CHECKIN: (
            "No se preocupen: el recepcionista de noche les hará el check-in a cualquier hora.",
            "La recepción cierra a las 23 h, pero el día de llegada les enviaremos el código "
            "de la caja de llaves.",
        ),
        Topic.BREAKFAST: (
            "El desayuno se sirve de 7:00 a 10:30 en el restaurante y cuesta {price} por "
            "persona. Pueden añadirlo al llegar.",
            "Por supuesto, les prepararemos un desayuno para llevar que pueden recoger en "
            "recepción.",
        ),
        Topic.ALLERGIES: (
            "Gracias por informarnos. Nuestro chef ya lo sabe y preparará un desayuno aparte.",
            "Cada mañana tenemos productos sin gluten; el personal les ayudará con gusto.",
        ),
        Topic.BABY_COT: (
            "Tendrán una cuna gratuita en la habitación y una trona en el desayuno.",
            "Hemos añadido una cuna con sábanas a su reserva.",
        ),
        Topic.AIRPORT_SHUTTLE: (
            "Podemos reservarles un traslado privado por {price} por vehículo. Envíennos su "
            "número de vuelo, por favor.",
            "No tenemos lanzadera, pero el tren exprés del aeropuerto para a cinco minutos "
            "del hotel.",
        ),
        Topic.EARLY_CHECKIN: (
            "Haremos lo posible para tener la habitación lista antes. En todo caso pueden "
            "dejar las maletas.",
            "El check-in desde las 10 h es posible por {price}, según disponibilidad.",
        ),
        Topic.INVOICE: (
            "Por supuesto, emitiremos la factura a nombre de su empresa y se la enviaremos "
            "al salir.",
            "Le adjuntamos la factura. Díganos si falta algún dato.",
        ),
        Topic.DIRECTIONS: (
            "Desde la estación, tomen el tranvía 2 hacia el centro y bajen en la tercera "
            "parada; el hotel está enfrente. Mapa: {link}",
            "En coche, usen la entrada de la calle lateral; la puerta del parking se abre "
            "por el interfono.",
        ),
        Topic.LUGGAGE: (
            "Sí, la consigna es gratuita para nuestros clientes el día de salida.",
            "Claro, guardaremos el paquete en recepción hasta su llegada.",
        ),
    },
    thanks=(
        "¡Perfecto, muchas gracias!",
        "Genial, gracias.",
        "Gracias por la rápida respuesta.",
        "¡Estupendo, hasta pronto!",
    ),
    follow_ups=("Perdone, otra pregunta:", "Además,", "Una última cosa:"),
    request_to_book=(
        "Hola, queremos reservar {nights} noches desde el {date}, dos adultos y un perro. "
        "¿Es posible?",
        "Hola, ¿podríamos llegar sobre las {time}? Nos encantaría alojarnos con ustedes.",
    ),
    templates={
        "welcome": "Hola {guest}, ¡gracias por elegir {hotel}! Su reserva está confirmada. "
        "Responda a este mensaje si tiene alguna pregunta antes de su estancia.",
        "check_in": "Hola {guest}, le esperamos el {date}. Check-in desde las 15 h, "
        "check-out hasta las 11 h. Indíquenos su hora de llegada, por favor.",
        "after_stay": "Hola {guest}, gracias por alojarse en {hotel}. ¡Esperamos verle pronto!",
    },
)
