"""English phrases of the sample world."""

from desktop.sandbox.phrases.base import Bank, Topic

BANK = Bank(
    language="en",
    first_names=(
        "Emily",
        "James",
        "Olivia",
        "Harry",
        "Sophie",
        "Daniel",
        "Grace",
        "Michael",
        "Hannah",
        "Thomas",
        "Chloe",
        "Ryan",
        "Laura",
        "David",
    ),
    last_names=(
        "Smith",
        "Johnson",
        "Williams",
        "Brown",
        "Taylor",
        "Walker",
        "Evans",
        "Hughes",
        "Clarke",
        "O'Brien",
        "Murphy",
        "Patel",
        "Wright",
        "Cooper",
    ),
    greetings=("Hello,", "Hi there,", "Good morning,", "Good evening,", "Dear {hotel} team,"),
    sign_offs=(
        "Thanks in advance,\n{guest}",
        "Kind regards,\n{guest}",
        "Many thanks!\n{guest}",
        "Best,\n{guest}",
        "Cheers, {guest}",
    ),
    hotel_greetings=("Dear {guest},", "Hello {guest},", "Good morning {guest},"),
    hotel_sign_offs=(
        "Kind regards,\n{staff}\n{hotel}",
        "Best wishes,\n{staff} - Front desk",
        "See you soon!\n{staff}, {hotel}",
    ),
    questions={
        Topic.ARRIVAL_TIME: (
            "We should arrive around {time}. Is that all right for you?",
            "Just to let you know our flight lands late, so we expect to be at the hotel "
            "at about {time}.",
            "What time can we check in on {date}? We are driving and could be there by {time}.",
        ),
        Topic.PARKING: (
            "Do you have parking at the hotel? We are coming by car.",
            "Is it possible to reserve a parking space for {nights} nights? How much is it?",
            "Where can we park an electric car, and is there a charger?",
        ),
        Topic.LATE_CHECKIN: (
            "Our train is delayed and we won't arrive before midnight. Can we still check in?",
            "Is the reception open 24 hours? We might arrive after {time}.",
        ),
        Topic.BREAKFAST: (
            "Is breakfast included in our booking? If not, can we add it?",
            "What time is breakfast served? We have an early start on {date}.",
            "Could we have a packed breakfast, as we leave at 5 am for the airport?",
        ),
        Topic.ALLERGIES: (
            "My daughter has a severe nut allergy. Can the kitchen cater for this at breakfast?",
            "I am coeliac. Do you offer gluten-free bread and cereals?",
            "I'm allergic to feathers - could we have synthetic pillows and duvet, please?",
        ),
        Topic.BABY_COT: (
            "We are travelling with our 8-month-old. Could you put a baby cot in the room?",
            "Do you have a high chair for breakfast and a cot? Is there a charge?",
        ),
        Topic.AIRPORT_SHUTTLE: (
            "Do you offer an airport shuttle? We land at {time} on {date}.",
            "How much is a taxi from the airport, or can you arrange a transfer for 4 people?",
        ),
        Topic.EARLY_CHECKIN: (
            "We arrive on an overnight flight. Is an early check-in possible, around 9 am?",
            "Could we leave our bags and get the room earlier than 3 pm if it's ready?",
        ),
        Topic.INVOICE: (
            "Could you send an invoice in my company's name? Details below:\nNorthwind Ltd, "
            "12 King Street, Leeds LS1 2HL, VAT GB123456789",
            "I need a receipt for my expenses - can you email it after check-out?",
        ),
        Topic.DIRECTIONS: (
            "What is the easiest way to get to the hotel from the main train station?",
            "Our sat nav shows two addresses. Which entrance should we use by car?",
        ),
        Topic.LUGGAGE: (
            "Our flight home is in the evening. Can we leave our luggage after check-out?",
            "Can we send a parcel to the hotel before we arrive? It's a birthday present.",
        ),
    },
    answers={
        Topic.ARRIVAL_TIME: (
            "Thank you for letting us know. We have noted your arrival at {time}; the "
            "reception is open until 23:00.",
            "No problem at all, we look forward to welcoming you at about {time}.",
        ),
        Topic.PARKING: (
            "We have a private car park behind the hotel at {price} per night. No need to "
            "book, just let us know your number plate at check-in.",
            "There is no parking on site, but the public car park 200 m away offers a "
            "discounted rate for our guests. Directions: {link}",
        ),
        Topic.LATE_CHECKIN: (
            "Don't worry: the night porter is on duty and will check you in whenever you arrive.",
            "Our desk closes at 23:00, but we will send you a key-box code on the day of arrival.",
        ),
        Topic.BREAKFAST: (
            "Breakfast is served from 7:00 to 10:30 in the restaurant and costs {price} per "
            "person. You can add it at check-in.",
            "Of course - we will prepare a breakfast box for you; just collect it at the desk.",
        ),
        Topic.ALLERGIES: (
            "Thank you for telling us. I have informed our chef, who will prepare a "
            "separate breakfast for you.",
            "We have gluten-free products every morning, and our staff will be happy to "
            "help you choose.",
        ),
        Topic.BABY_COT: (
            "A baby cot will be ready in your room, free of charge. A high chair is "
            "available at breakfast.",
            "We have added a cot to your reservation. Blankets and sheets are provided.",
        ),
        Topic.AIRPORT_SHUTTLE: (
            "We can book a private transfer for you at {price} per car. Please send us "
            "your flight number.",
            "We don't run a shuttle, but the express train from the airport stops five "
            "minutes from the hotel.",
        ),
        Topic.EARLY_CHECKIN: (
            "We will do our best to have your room ready early. In any case you can leave "
            "your bags and enjoy the breakfast room.",
            "Early check-in from 10:00 is possible for {price}, subject to availability.",
        ),
        Topic.INVOICE: (
            "Of course. We will issue the invoice in your company's name and email it to "
            "you at check-out.",
            "Your invoice is attached to this conversation. Let us know if anything is missing.",
        ),
        Topic.DIRECTIONS: (
            "From the station, take tram 2 towards the city centre and get off at the "
            "third stop; the hotel is opposite. Map: {link}",
            "By car please use the entrance on the side street; the car park gate opens "
            "with the intercom.",
        ),
        Topic.LUGGAGE: (
            "Yes, our luggage room is free for guests on the day of departure.",
            "Of course, we will keep the parcel at reception until you arrive.",
        ),
    },
    thanks=(
        "Perfect, thank you!",
        "Great, thanks a lot.",
        "Thank you, that's very helpful.",
        "Wonderful, see you soon!",
    ),
    follow_ups=("Sorry, one more question:", "Also,", "One last thing:"),
    request_to_book=(
        "Hello, we would like to book for {nights} nights from {date}. We are two adults "
        "and a dog - is that OK?",
        "Hi, is it possible to arrive at {time}? We would love to stay with you.",
    ),
    templates={
        "welcome": "Dear {guest}, thank you for choosing {hotel}! Your reservation is "
        "confirmed. Reply here if you have any question before your stay.",
        "check_in": "Dear {guest}, we look forward to seeing you on {date}. Check-in is "
        "from 15:00, check-out until 11:00. Reply with your arrival time, please.",
        "after_stay": "Dear {guest}, thank you for staying at {hotel}. We hope to see you "
        "again soon!",
    },
)
