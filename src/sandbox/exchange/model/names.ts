/** Built-in name lists for realistic seeded recipients. */
export const FIRST_NAMES = [
  'Adele', 'Alex', 'Allan', 'Amelia', 'Andrew', 'Anna', 'Ben', 'Bianca', 'Brian', 'Carla', 'Carlos', 'Caroline',
  'Chris', 'Christie', 'Claire', 'Daniel', 'David', 'Debra', 'Diego', 'Eleanor', 'Elena', 'Emily', 'Emma', 'Eric',
  'Fatima', 'Felix', 'Fiona', 'Gabriel', 'Grace', 'Grady', 'Hannah', 'Harper', 'Henrietta', 'Hugo', 'Isaac', 'Isabella',
  'Isaiah', 'Jack', 'James', 'Jasmine', 'Johanna', 'John', 'Joni', 'Jordan', 'Julia', 'Kai', 'Karen', 'Keisha',
  'Laura', 'Lee', 'Leo', 'Lidia', 'Lila', 'Lucas', 'Lynne', 'Maria', 'Mark', 'Megan', 'Mei', 'Miriam',
  'Mohammed', 'Nadia', 'Nathan', 'Nestor', 'Nina', 'Noah', 'Olivia', 'Omar', 'Oscar', 'Patti', 'Paul', 'Pradeep',
  'Priya', 'Rachel', 'Rafael', 'Raj', 'Rebecca', 'Robert', 'Rosa', 'Ryan', 'Samuel', 'Sara', 'Sean', 'Sofia',
  'Sonia', 'Stefan', 'Tariq', 'Thomas', 'Tiffany', 'Tom', 'Valentina', 'Victor', 'Wei', 'William', 'Yasmin', 'Zoe',
] as const;

export const LAST_NAMES = [
  'Adams', 'Ahmed', 'Allen', 'Alvarez', 'Anderson', 'Bailey', 'Baker', 'Bauer', 'Bennett', 'Brooks', 'Brown', 'Campbell',
  'Carter', 'Chen', 'Clark', 'Collins', 'Cook', 'Cooper', 'Cruz', 'Davis', 'Diaz', 'Edwards', 'Evans', 'Fischer',
  'Flores', 'Foster', 'Garcia', 'Gomez', 'Gonzalez', 'Gray', 'Green', 'Hall', 'Harris', 'Hernandez', 'Hill', 'Hoffmann',
  'Howard', 'Hughes', 'Jackson', 'James', 'Jensen', 'Johnson', 'Jones', 'Kaur', 'Kelly', 'Khan', 'Kim', 'King',
  'Kumar', 'Lee', 'Lewis', 'Lopez', 'Martin', 'Martinez', 'Miller', 'Mitchell', 'Moore', 'Morgan', 'Murphy', 'Nguyen',
  'Novak', 'Okafor', 'Olsen', 'Ortiz', 'Parker', 'Patel', 'Perez', 'Peterson', 'Phillips', 'Price', 'Ramirez', 'Reed',
  'Reyes', 'Richardson', 'Rivera', 'Roberts', 'Robinson', 'Rodriguez', 'Rossi', 'Sanchez', 'Sanders', 'Schmidt', 'Scott', 'Silva',
  'Singh', 'Smith', 'Stewart', 'Sullivan', 'Tanaka', 'Taylor', 'Thomas', 'Thompson', 'Torres', 'Turner', 'Vance', 'Walker',
  'Wang', 'Ward', 'Watson', 'White', 'Williams', 'Wilson', 'Wood', 'Wright', 'Young', 'Zhang',
] as const;

export const DEPARTMENTS = [
  'Sales', 'Marketing', 'Finance', 'Human Resources', 'Engineering', 'Operations', 'Legal', 'Support', 'Research', 'IT',
] as const;

export const OFFICES = ['Seattle', 'London', 'Dublin', 'Sydney', 'Toronto', 'Berlin', 'Singapore', 'New York'] as const;

export const SHARED_NAMES = ['Info', 'Sales Department', 'Support Desk', 'Accounts Payable', 'Reception', 'Careers', 'Press', 'Billing'] as const;

export const ROOM_NAMES = ['Conference Room', 'Board Room', 'Meeting Room', 'Training Room', 'Huddle Room'] as const;

export const EQUIPMENT_NAMES = ['Projector', 'Pool Car', 'Camera Kit', 'Laptop Loaner', 'Video Cart'] as const;
