// Name material for the demo pegawai of Kota Kupang: given names common in NTT (mostly Christian, Protestant and
// Catholic, with the Muslim and general Indonesian minority of the city) and family names of the peoples who live in
// Kupang — Rote, Sabu, Timor (Dawan/Atoni and Tetun), Flores/Lamaholot/Manggarai, Alor — plus general Indonesian
// names. Invented combinations only: any match with a real person is chance.

export const NAMA_LAKI = [
  'Yohanis', 'Yohanes', 'Fransiskus', 'Stefanus', 'Daniel', 'Yusuf', 'Petrus', 'Paulus', 'Markus', 'Lukas', 'Matius',
  'Yakob', 'Simon', 'Andreas', 'Agustinus', 'Aloysius', 'Benediktus', 'Dominikus', 'Emanuel', 'Gregorius', 'Hendrik',
  'Ignasius', 'Kornelis', 'Melkianus', 'Mesakh', 'Nikolaus', 'Obed', 'Oktovianus', 'Frederik', 'Alfons', 'Arnoldus',
  'Yosef', 'Yeremias', 'Yunus', 'Zakarias', 'Christian', 'Roy', 'Jefri', 'Marthen', 'Herman', 'Johanis', 'Soleman',
  'Elias', 'Filipus', 'Adrianus', 'Bernadus', 'Rudolf', 'Samuel', 'Semuel', 'Imanuel', 'Theodorus', 'Viktor',
  'Wilhelmus', 'Anderias', 'Novry', 'Jemy', 'Ferdinand', 'Apolonius', 'Kristoforus', 'Deky', 'Hironimus',
  'Bonefasius', 'Gabriel', 'Rafael', 'Blasius', 'Sefnat', 'Yefta', 'Ishak', 'Abraham', 'Yermias', 'Albertus',
  'Marselinus', 'Vinsensius', 'Yoseph', 'Aris', 'Ricky', 'Jhon', 'Rinto', 'Erwin', 'Hans', 'Octavianus', 'Primus',
  'Silvester', 'Klemens', 'Robert', 'Godlief', 'Habel', 'Ananias', 'Nehemia', 'Efraim', 'Marianus', 'Stanislaus',
];

export const NAMA_PEREMPUAN = [
  'Maria', 'Agustina', 'Yuliana', 'Yohana', 'Marselina', 'Margaretha', 'Elisabeth', 'Theresia', 'Katarina', 'Veronika',
  'Fransiska', 'Anastasia', 'Magdalena', 'Yosefina', 'Martha', 'Debora', 'Ester', 'Rut', 'Naomi', 'Sara', 'Rebeka',
  'Lidia', 'Priska', 'Ribka', 'Selfina', 'Welmince', 'Mariana', 'Yublina', 'Oktovina', 'Novita', 'Yanti', 'Kristina',
  'Imelda', 'Grace', 'Meyske', 'Irene', 'Dorce', 'Yenny', 'Selvi', 'Erna', 'Orpa', 'Lodia', 'Rosalina', 'Bernadeta',
  'Sesilia', 'Getrudis', 'Adelina', 'Florentina', 'Yosina', 'Sarlota', 'Adriana', 'Dominika', 'Floriana', 'Emiliana',
  'Herlina', 'Wilhelmina', 'Mery', 'Nelci', 'Anjelina', 'Paulina', 'Susana', 'Yakoba', 'Antonia', 'Klara', 'Benedikta',
  'Yustina', 'Hendrika', 'Marlin', 'Ina', 'Santi', 'Febriana', 'Elfrida', 'Ermelinda', 'Kornelia', 'Desi', 'Sefrina',
];

/** Second given names that follow the first in Catholic and Protestant naming (Maria Goreti, Yohanis Fransiskus). */
export const NAMA_TENGAH_LAKI = [
  'Fransiskus', 'Yosef', 'Paulus', 'Agustinus', 'Antonius', 'Benediktus', 'Dominikus', 'Kristian', 'Yohanes',
  'Aloysius', 'Laurens', 'Sebastianus', 'Mikael', 'Adolf', 'Erik', 'Frans', 'Piter', 'Beni', 'Hendrik', 'Yandri',
];
export const NAMA_TENGAH_PEREMPUAN = [
  'Goreti', 'Imakulata', 'Fatima', 'Magdalena', 'Yosefa', 'Sesilia', 'Fransiska', 'Selfina', 'Yunita', 'Theresia',
  'Angelina', 'Lusia', 'Regina', 'Natalia', 'Kristiani', 'Oktaviani', 'Dewi', 'Astuti', 'Ratna', 'Ayu',
];

/** Family names, each group weighted by how often it appears among city staff. */
export const MARGA: readonly (readonly [readonly string[], number])[] = [
  // Rote
  [['Ndun', 'Ndoen', 'Manafe', 'Mooy', 'Messakh', 'Pellokila', 'Foeh', 'Dethan', 'Henukh', 'Ndolu', 'Lusi', 'Mbuik',
    'Saudale', 'Amalo', 'Fanggidae', 'Ballo', 'Adoe', 'Manu', 'Nalle', 'Bessie', 'Daik', 'Ndaomanu', 'Pandie',
    'Zacharias', 'Haning', 'Nggebu', 'Feoh', 'Tungga', 'Ndapamerang', 'Pah'], 30],
  // Sabu
  [['Riwu Kaho', 'Bire', 'Lado', 'Djami', 'Ratu', 'Kore', 'Hina', 'Dimu', 'Ludji', 'Lede', 'Haba', 'Wadu', 'Kale',
    'Tari', 'Rohi', 'Huma', 'Lobo', 'Radja', 'Mone', 'Gah', 'Talo', 'Nara', 'Tadu', 'Lenggu', 'Kaho', 'Djawa',
    'Dara', 'Lay', 'Bunga', 'Bengu'], 20],
  // Timor: Dawan/Atoni and Tetun
  [['Nubatonis', 'Tefa', 'Bria', 'Taneo', 'Tanesib', 'Sanam', 'Oematan', 'Kase', 'Banunaek', 'Nope', 'Amtiran',
    'Taopan', 'Tallo', 'Boimau', 'Selan', 'Bana', 'Nitbani', 'Nenabu', 'Faot', 'Kolo', 'Nuban', 'Manehat', 'Atok',
    'Seran', 'Bere', 'Klau', 'Nahak', 'Luan', 'Benu', 'Lake', 'Tlonaen', 'Missa', 'Lelan', 'Liufeto', 'Taek', 'Neno',
    'Tamelab', 'Sabat', 'Abineno', 'Kapitan', 'Leo', 'Sae', 'Nenoliu', 'Koroh', 'Bolla'], 28],
  // Flores, Lamaholot, Manggarai, Alor
  [['Da Costa', 'Fernandez', 'Parera', 'Diaz', 'Beda', 'Kelen', 'Laba', 'Lamak', 'Making', 'Maran', 'Tukan', 'Koten',
    'Kolin', 'Wangge', 'Djogo', 'Jehadu', 'Jebarus', 'Gandur', 'Sambut', 'Rangga', 'Sega', 'Bataona', 'Hurek',
    'Boli', 'Sabon', 'Ola', 'Lewar', 'Nuwa', 'Rewo', 'Mau', 'Maure', 'Mokoni', 'Lelang', 'Sina'], 16],
  // general Indonesian (Javanese, Batak, Manado, Chinese-Indonesian families long settled in Kupang)
  [['Widodo', 'Santoso', 'Wijaya', 'Hidayat', 'Saputra', 'Kurniawan', 'Susanto', 'Siregar', 'Simanjuntak', 'Hutapea',
    'Sinaga', 'Lumban Gaol', 'Pardede', 'Wuisan', 'Rumondor', 'Tanod', 'Gunawan', 'Halim', 'Setiawan', 'Pratama'], 6],
];

/** Muslim names, used as a whole (given and family) for the city's Muslim minority. */
export const NAMA_MUSLIM_LAKI = [
  'Muhammad', 'Ahmad', 'Abdul', 'Rahmat', 'Hasan', 'Ismail', 'Arif', 'Fajar', 'Ridwan', 'Syarifuddin', 'Hamzah', 'Yusran',
];
export const NAMA_MUSLIM_PEREMPUAN = [
  'Siti', 'Nur', 'Fatimah', 'Aisyah', 'Halimah', 'Rahmawati', 'Nurhayati', 'Khadijah', 'Zainab', 'Hadijah', 'Sumiati',
];
export const MARGA_MUSLIM = [
  'Abdullah', 'Rahman', 'Syamsudin', 'Bethan', 'Bahrun', 'Kiuk', 'Hamid', 'Salim', 'Mansur', 'Latif', 'Arkiang',
  'Ibrahim', 'Idrus', 'Bahtiar', 'Ambarak',
];
