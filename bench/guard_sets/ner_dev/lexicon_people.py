# ruff: noqa: E501  (sentence templates and value tables: one entry a line)
"""Given names and surnames by culture, for src/keel/guard/data/names_lexicon.jsonl (build_lexicon.py).

Written by hand for the guard's name finder; common Latin-script forms and the usual
transliterations (Mohammed / Muhammad / Mohamed, Aleksandr / Oleksandr, Xiaoming, Nguyễn and
Nguyen). Accents do not matter: the finder compares names with their accents stripped.
"""

GIVEN = {
    "english": """
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Edward Ronald Timothy Jason Jeffrey Ryan
Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander
Patrick Raymond Dennis Tyler Aaron Jerry Henry Douglas Peter Adam Nathan Zachary Walter Kyle Harold
Carl Jeremy Keith Roger Gerald Ethan Arthur Terry Christian Sean Lawrence Austin Joe Noah Jesse Albert
Bryan Billy Bruce Willie Jordan Dylan Alan Ralph Gabriel Roy Juan Wayne Eugene Logan Randy Louis Russell
Vincent Philip Bobby Johnny Bradley Marcus Liam Oliver Harry Jack Charlie Oscar Archie Leo Alfie Freddie Theo
Finley Rory Callum Connor Declan Lewis Owen Rhys Gareth Dafydd Ewan Hamish Angus Fraser Niall Ciaran
Cillian Eoin Seamus Padraig Aidan Brendan Colm Darragh Fergus Mason Elijah Lucas Logan Aiden Jayden
Carter Wyatt Grayson Hudson Lincoln Easton Colton Brody Cody Travis Trevor Shane Derek Craig Troy Neil
Ian Graham Stuart Malcolm Nigel Trevor Clive Colin Martin Simon Adrian Dominic Toby Jamie Rupert
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret
Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca
Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine
Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia
Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria
Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Denise Amber Doris Marilyn
Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Ava Mia
Amelia Harper Ella Chloe Grace Lily Zoe Aubrey Addison Leah Stella Hazel Ellie Paisley Audrey Skylar
Violet Claire Bella Lucy Anna Caroline Genesis Aaliyah Kennedy Kinsley Allison Maya Sarah Madelyn
Adeline Alexa Ariana Elena Gabriella Naomi Ruby Eva Layla Nora Riley Scarlett Aria Eleanor Penelope
Isla Freya Poppy Imogen Phoebe Niamh Aoife Siobhan Saoirse Caoimhe Roisin Sinead Orla Ciara Eilidh
Morag Fiona Kirsty Gemma Bethan Cerys Ffion Seren Megan Rhiannon Tegan Jade Chelsea Kerry Tracey Leanne
Becky Kate Katie Jess Jenny Beth Molly Holly Millie Evie Tilly Daisy Florence Matilda Edith Harriet
Georgina Rosie Annabel Felicity Philippa Clara Alison Gillian Joanne Lesley Wendy Hayley Kirsten
Courtney Brooke Taylor Morgan Shannon Whitney Tiffany Crystal Erin Tara Meghan Kristen Kristin Erica
Monica Vanessa Veronica Valerie Sylvia Bonnie Tina Lois Peggy Marjorie Irene Rose Jane Joan Eileen
Steve Mike Chris Dave Tom Tim Jim Bob Rob Ben Dan Sam Nick Matt Andy Tony Jon Josh Jake Zach Alex Greg
Jeff Ken Pete Ted Ed Phil Rick Nate Drew Brad Doug Joel Luke Mark Will Bill Jeanette Katrina Tamara
Deshawn Darnell Tyrone Jamal Malik Andre Marquis Terrell Demetrius Keisha Latoya Tanisha Shanice Imani
Aaliyah Jasmine Ebony Monique Jalen Trayvon Kendrick Dwayne Lamar Rashad Jermaine Darius Cornelius
""",
    "french": """
Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Christian Daniel Bernard Eric Frédéric
Laurent Stéphane David Olivier Sébastien Julien Thierry Pascal Jacques Vincent Guillaume Antoine Maxime
Thomas Alexandre Romain Nathan Hugo Louis Lucas Gabriel Arthur Raphaël Jules Léo Adam Théo Mathis Enzo
Baptiste Clément Mathieu Florian Quentin Kevin Benoît Yves Gérard François Didier Hervé Dominique
Jean-Pierre Jean-Luc Jean-Marc Jean-Claude Jean-Paul Jean-François Jean-Baptiste Jean-Michel Marc-Antoine
Gilles Lionel Serge Bruno Fabrice Cédric Jérôme Arnaud Loïc Yannick Gaël Rémi Aurélien Bastien Damien
Marie Nathalie Isabelle Sylvie Catherine Françoise Valérie Christine Sandrine Sophie Céline Stéphanie
Véronique Nicole Monique Chantal Martine Anne Aurélie Julie Camille Manon Léa Chloé Emma Inès Jade
Louise Alice Lina Rose Anaïs Margaux Mathilde Pauline Marine Élodie Émilie Charlotte Claire Juliette
Amélie Océane Clémence Laure Hélène Agathe Margot Solène Coralie Delphine Mélanie Virginie Brigitte
Geneviève Josiane Odile Agnès Béatrice Corinne Florence Gaëlle Maëlle Noémie Elise Capucine Apolline
Marie-Claire Marie-Hélène Anne-Sophie Anne-Laure Marie-Laure
""",
    "german_dutch_nordic": """
Hans Peter Klaus Jürgen Wolfgang Michael Thomas Andreas Stefan Frank Uwe Dieter Bernd Günter Horst
Helmut Manfred Werner Gerhard Karl Heinz Rolf Ralf Jörg Matthias Markus Christian Sebastian Tobias
Florian Maximilian Lukas Leon Finn Jonas Felix Paul Elias Moritz Niklas Tim Jan Nils Lennart Henrik
Sven Torsten Kai Dirk Holger Volker Axel Rüdiger Friedrich Wilhelm Heinrich Otto Ludwig Johannes
Ursula Monika Petra Sabine Renate Helga Karin Brigitte Ingrid Gisela Susanne Claudia Andrea Birgit
Heike Anja Katrin Kerstin Nicole Silke Tanja Stefanie Julia Lena Lea Hanna Mia Emilia Leonie Marie
Johanna Sophie Greta Frieda Ida Clara Charlotte Luisa Jana Franziska Annika Kathrin Ulrike Gabriele
Dagmar Elke Jutta Bärbel Hildegard Waltraud Anneliese Liesel Gretchen Friederike Wiebke Maren Imke
Pieter Jan Joost Bram Daan Sem Thijs Ruben Lars Sander Bas Wouter Jeroen Maarten Koen Stijn Niels Tijs
Luuk Gijs Hendrik Willem Dirk Cornelis Sanne Femke Fleur Lotte Anouk Eva Noor Lieke Roos Isa Maud Esmee
Annemieke Marieke Ilse Ingeborg Wilhelmina Mette Sofie
Lars Erik Anders Magnus Johan Karl Nils Olof Per Gustav Oskar Axel Henrik Mikael Fredrik Björn Leif
Sven Stig Ulf Jens Søren Rasmus Mads Kasper Frederik Morten Jesper Ole Knut Bjørn Håkon Sindre Eirik
Torbjørn Arne Kjell Geir Jussi Mikko Juha Matti Timo Pekka Antti Jari Heikki Ville Aleksi Eetu Onni
Astrid Ingrid Sigrid Karin Kerstin Birgitta Elin Ebba Saga Maja Freja Agnes Linnea Wilma Alva Elsa
Signe Sofie Ida Frida Hanne Kirsten Mette Lene Tove Solveig Liv Kari Siri Ragnhild Aino Aila Helmi
Liisa Tuula Päivi Sanna Minna Riikka Johanna Noora Veera Aada
""",
    "italian": """
Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco Domenico
Bruno Paolo Michele Giorgio Aldo Sergio Luciano Roberto Stefano Alessandro Andrea Marco Matteo Lorenzo
Leonardo Gabriele Riccardo Tommaso Edoardo Federico Filippo Giacomo Emanuele Davide Simone Nicolò
Enrico Fabio Massimo Claudio Maurizio Gianluca Gianni Luca Dario Alberto Raffaele Gennaro Ciro
Giulia Sofia Aurora Alice Ginevra Emma Giorgia Greta Beatrice Anna Chiara Francesca Martina Sara
Valentina Alessandra Federica Silvia Elisa Paola Laura Roberta Giovanna Rosa Angela Teresa Lucia
Carla Maria Antonella Daniela Simona Monica Barbara Cristina Serena Ilaria Michela Raffaella Rita
Gabriella Patrizia Donatella Loredana Ornella Fiorella Caterina Benedetta Ludovica Vittoria Noemi
""",
    "spanish_portuguese": """
José Juan Antonio Manuel Francisco Luis Javier Miguel Carlos Jesús Alejandro Pedro Rafael Fernando
Pablo Sergio Jorge Alberto Ángel Diego Álvaro Adrián Raúl Enrique Ramón Vicente Andrés Joaquín Santiago
Mateo Martín Hugo Lucas Leo Daniel Marcos Iker Gonzalo Rodrigo Ignacio Emilio Julio Guillermo Esteban
Felipe Gustavo Ricardo Eduardo Héctor Rubén Óscar Arturo Alfonso Armando Gerardo Hernán Horacio
Agustín Tomás Nicolás Facundo Matías Joaquín Thiago Benjamín Sebastián Cristóbal Ernesto Fidel Jaime
Maximiliano Bautista Valentín Gael Emiliano Leonardo Iván Bruno Marcelo Mauricio Rolando Salvador
María Carmen Josefa Isabel Ana Dolores Pilar Teresa Rosa Cristina Laura Marta Lucía Paula Elena Sara
Andrea Sofía Valentina Camila Valeria Daniela Mariana Gabriela Victoria Natalia Alejandra Jimena
Ximena Guadalupe Fernanda Renata Regina Martina Catalina Florencia Agustina Micaela Luciana Antonella
Belén Rocío Nerea Ainhoa Itziar Amaia Leire Irene Alba Noelia Inmaculada Concepción Montserrat Nuria
Mercedes Consuelo Esperanza Soledad Beatriz Raquel Silvia Patricia Lorena Verónica Adriana Paola
Yolanda Alicia Julia Inés Marisol Maribel Lupita Rosario Graciela Lourdes Leticia Claudia Mónica
João Pedro Paulo Lucas Gabriel Rafael Tiago Gonçalo Rodrigo Diogo Duarte Afonso Vasco Bernardo Henrique
Miguel Luís Rui Nuno Sérgio Fábio Bruno Vinícius Leandro Thiago Gustavo Matheus Caio Renan Otávio
Maria Ana Beatriz Mariana Inês Leonor Matilde Carolina Francisca Margarida Joana Rita Catarina Sofia
Larissa Letícia Juliana Fernanda Camila Bruna Aline Tatiana Luana Raíssa Thaís Vitória Giovanna
Conceição Fátima Graça Luíza Helena Lívia Yasmin Débora Priscila Simone Adriana Vanessa
""",
    "slavic_baltic_greek_hungarian": """
Aleksandr Alexander Oleksandr Olexandr Sasha Sergei Sergey Serhiy Serhii Dmitri Dmitry Dmytro Andrei
Andrey Andriy Alexei Alexey Oleksiy Ivan Mikhail Mykhailo Nikolai Nikolay Mykola Vladimir Volodymyr
Yuri Yury Yuriy Igor Ihor Oleg Pavel Pavlo Viktor Anatoly Boris Konstantin Kostiantyn Maxim Maksim
Maksym Roman Artem Artyom Denis Evgeny Yevgeny Yevhen Vadim Vitaly Vitaliy Stanislav Vyacheslav Gennady
Grigory Leonid Fyodor Pyotr Petro Ruslan Taras Bohdan Yaroslav Timur Kirill Ilya Egor Yegor Arseny
Natalia Natalya Nataliya Olga Olha Elena Yelena Olena Irina Iryna Tatiana Tatyana Tetiana Svetlana
Svitlana Ekaterina Yekaterina Kateryna Anastasia Anastasiya Maria Mariya Anna Yulia Yuliya Daria Darya
Oksana Lyudmila Liudmyla Galina Halyna Valentina Nadezhda Nadiya Lyubov Vera Larisa Marina Alina
Ksenia Kseniya Polina Sofia Sofiya Veronika Viktoria Alyona Evgenia Zhanna Inna Raisa Zoya Nina Kira
Piotr Krzysztof Andrzej Tomasz Paweł Marcin Michał Grzegorz Jakub Łukasz Mateusz Wojciech Kamil Marek
Dariusz Zbigniew Janusz Jerzy Stanisław Bartosz Szymon Adrian Rafał Maciej Przemysław Sławomir Damian
Agnieszka Katarzyna Małgorzata Ewa Krystyna Magdalena Joanna Barbara Dorota Monika Zofia Aleksandra
Justyna Beata Urszula Wiktoria Zuzanna Natalia Karolina Paulina Weronika Julia Marta Alicja Iwona
Jiří Jan Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Michal František Lukáš Vojtěch
Jana Marie Eva Hana Lenka Kateřina Věra Lucie Alena Petra Veronika Tereza Markéta Zuzana Jitka
Milan Dragan Zoran Goran Nenad Dejan Marko Nikola Stefan Luka Miloš Aleksandar Nemanja Bojan Vladimir
Ivana Jelena Milica Dragana Snežana Tijana Ana Marija Maja Katarina Vesna Mirjana Branka Zorana
Ante Josip Tomislav Mario Hrvoje Krešimir Ivica Mladen Davor Luka Domagoj Matej Borna
Georgi Dimitar Nikolay Hristo Stoyan Todor Petar Ivaylo Kaloyan Desislava Tsvetelina Radostina Svetla
Ion Andrei Mihai Alexandru Gheorghe Vasile Florin Bogdan Cristian Adrian Ionuț Răzvan Ioana Elena
Andreea Alexandra Gabriela Mihaela Cristina Roxana Simona Raluca Oana Irina Bianca Diana Alina
László István József János Zoltán Sándor Gábor Ferenc Attila Péter Tamás Balázs Zsolt Csaba Levente
Mária Erzsébet Katalin Ilona Éva Anikó Zsuzsanna Ildikó Krisztina Eszter Réka Zsófia Dóra Boglárka
Giorgos Georgios Yannis Ioannis Dimitris Dimitrios Konstantinos Kostas Nikos Nikolaos Christos
Panagiotis Vasilis Vasileios Athanasios Thanos Spyros Stavros Manolis Michalis Theodoros Apostolos
Eleni Katerina Maria Georgia Sofia Dimitra Vasiliki Anastasia Angeliki Despina Paraskevi Chrysa
Ioanna Evangelia Kalliopi Athina Fotini Stavroula Panagiota Theodora Xanthi Zoi
Jonas Mantas Tomas Darius Lukas Rokas Gediminas Vytautas Algirdas Rūta Eglė Ieva Gintarė Jurgita
Jānis Andris Mārtiņš Ilze Inese Kristīne Liene Aivars Raimonds Tõnu Kalev Mart Tiit Kadri Triin Liis
Armen Aram Tigran Gevorg Hayk Narek Ani Lilit Anahit Nune Mariam Levan Giorgi Nino Tamar Tamari Davit
""",
    "turkish_persian_caucasus": """
Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman
Abdullah Mahmut Recep Salih Kemal Emre Burak Can Cem Deniz Emir Eren Kerem Serkan Volkan Onur Tolga
Uğur Barış Arda Berk Kaan Yiğit Alp Efe Baran Furkan Oğuz Levent Tarık Orhan Erdem Hakan Selim Tuncay
Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hacer Hülya Esra Özlem Gül Derya
Merve Büşra Ebru Sibel Tuğba Gamze Pınar Aslı Ece Defne Ela Nehir Yağmur Damla Duygu Selin İrem Buse
Cansu Seda Burcu Dilek Nur Nurhan Leyla Songül Filiz Sevgi Aylin Melike Belgin Gülşen Asena Beren
Reza Mohammad Ali Hossein Mehdi Hamid Hassan Amir Saeed Majid Mahmoud Masoud Davood Farhad Behrouz
Dariush Kourosh Cyrus Arash Babak Kaveh Kamran Navid Omid Peyman Pouya Ramin Shahram Siamak Sina
Farid Javad Keyvan Bijan Nima Parsa Shahin Afshin Hamed
Fatemeh Zahra Maryam Zeinab Narges Leila Mahsa Parisa Shirin Neda Nasrin Azadeh Roya Samira Sara
Mina Niloufar Golnaz Laleh Shabnam Soraya Ladan Farnaz Bahar Yasaman Elham Forough Setareh Taraneh
""",
    "arabic_hebrew": """
Mohammed Muhammad Mohamed Mohammad Muhammed Mohamad Mehmed Ahmed Ahmad Ali Omar Umar Khalid Khaled
Hassan Hasan Hussein Husain Hussain Hossein Ibrahim Ebrahim Youssef Yousef Yusuf Youssif Yousif Abdullah
Abdallah Abdul Abdulrahman Abdelrahman Abdulaziz Abdelaziz Abdulla Abdelkader Abdelkarim Abderrahmane
Karim Kareem Tariq Tarek Tareq Mahmoud Mahmud Mustafa Moustafa Mostafa Said Saeed Saïd Samir Sameer
Sami Salim Salem Saleh Salah Sulaiman Suleiman Sulayman Hamza Hamid Hamed Faisal Faysal Fahad Fahd
Nasser Naser Walid Waleed Bilal Jamal Jamil Adel Adil Amin Ameen Anas Ayman Aymen Bassam Fadi Fouad
Fuad Ghassan Hadi Hani Haitham Hicham Hisham Imad Emad Issa Jaber Jawad Kamal Khalil Majid Majed
Marwan Mazen Mounir Mourad Murad Nabil Nader Nadir Nizar Osama Usama Oussama Qasim Rachid Rashid Rami
Riad Riyad Sharif Sherif Taha Talal Tamer Wael Yahya Yassin Yasin Yasser Yaser Younes Younis Zaid
Zayed Ziad Ziyad Idris Driss Ismail Ismael Mounir Othman Uthman Anwar Ashraf Ayoub Badr Hakim Jalal
Karima Fatima Fatma Fatimah Aisha Aicha Ayesha Khadija Khadidja Maryam Mariam Meryem Zainab Zeinab
Zaynab Layla Leila Laila Noor Nour Nur Amina Aminah Hana Hanaa Huda Hoda Salma Samira Sara Sarah Yasmin
Yasmine Jasmin Rania Reem Rim Dina Dana Lina Lama Rana Randa Hala Ghada Nadia Nadine Nawal Sana Sanaa
Souad Suad Wafa Widad Yara Zahra Zohra Malak Mona Muna Asma Asmaa Amal Iman Eman Rasha Rawan Lubna
Dalia Hiba Heba Nesrine Nisrine Houda Loubna Siham Samia Latifa Naima Rachida Kenza Imane Ikram
Yosef Yossi Moshe Avraham Avi Yitzhak Itzik David Daniel Eitan Ariel Noam Omer Ido Uri Amit Gal Tal
Lior Shai Yonatan Yoni Nadav Guy Eyal Oren Ronen Eli Asher Chaim Meir Shlomo Yaakov Ben Matan Yuval
Shira Noa Tamar Maya Yael Michal Rivka Rachel Leah Sarah Miriam Esther Hadas Efrat Orly Liat Keren
Tali Adi Noga Avital Ayelet Dafna Inbar Moran Osnat Sigal Hila Neta Shani Rotem Chana Dvora
""",
    "south_asian": """
Aarav Vivaan Aditya Vihaan Arjun Sai Reyansh Ayaan Krishna Ishaan Shaurya Atharv Advik Pranav Advait
Dhruv Kabir Ritvik Aarush Kayaan Darsh Veer Rudra Rohan Rahul Raj Rajesh Ramesh Suresh Mahesh Dinesh
Ganesh Mukesh Rakesh Naresh Umesh Rajiv Sanjay Vijay Ajay Anil Sunil Kapil Nikhil Akhil Amit Sumit
Rohit Mohit Ankit Arpit Vivek Vikram Vikas Akash Prakash Deepak Ashok Alok Manoj Sandeep Pradeep
Kuldeep Harish Girish Satish Manish Ashish Anand Arvind Aravind Govind Gopal Krishnan Srinivas
Srinivasan Venkat Venkatesh Venkatesan Ravi Ravindra Raghav Raghu Ram Rama Shyam Hari Harsh Harsha
Yash Yogesh Siddharth Siddhant Abhishek Abhinav Aniket Anirudh Anupam Apurva Ashwin Balaji Bharat
Chetan Chirag Devendra Dev Gaurav Gautam Hemant Jayant Karthik Kartik Kishore Kunal Lokesh Madhav
Mihir Nandan Naveen Navin Neeraj Nitin Omkar Pankaj Parth Pavan Piyush Prasad Prashant Praveen Prem
Rajat Rajendra Ranjit Ritesh Sachin Sameer Samir Sanjeev Santosh Saurabh Shankar Shashank Shekhar
Shiv Shivam Shreyas Subhash Sudhir Sumeet Sunny Tarun Tushar Uday Varun Vinay Vinod Vishal Vishnu
Arun Arumugam Senthil Murugan Muthu Karthikeyan Selvam Saravanan Anbu Kumaran Vignesh Dinakaran
Gurpreet Harpreet Manpreet Jaspreet Simran Navjot Amarjit Baljit Jasvinder Sukhwinder Ranveer Jagdeep
Inderjit Parminder Rupinder Kulwinder Harjit Gurinder Tejinder Amandeep Mandeep Lakhwinder Gurmeet
Priya Ananya Aadhya Diya Saanvi Pari Anika Navya Myra Sara Aanya Ira Kiara Riya Anvi Aarohi Avni
Pooja Puja Neha Sneha Anjali Kavya Kavita Sunita Anita Geeta Gita Seema Rekha Meena Reena Veena Leela
Lakshmi Laxmi Parvati Saraswati Durga Radha Sita Savita Lalita Kamala Shanti Asha Usha Nisha Disha
Divya Deepa Deepika Shreya Shruti Swati Pallavi Pavithra Preeti Priyanka Rashmi Rupa Sapna Shilpa
Shweta Smita Sonia Sonal Suman Sushma Tanvi Trisha Vaishnavi Vidya Yamini Aishwarya Akanksha Aparna
Archana Bhavna Bhavana Chitra Garima Harini Hema Indira Ishita Jaya Jyoti Kajal Kalpana Kiran Madhu
Madhuri Malini Mamta Manisha Megha Mohini Nandini Nirmala Padma Pratibha Radhika Rani Renu Roshni
Sakshi Sangeeta Sarita Shalini Shobha Sudha Sujata Sunanda Tanuja Uma Urmila Vandana Varsha Vijaya
Meenakshi Thenmozhi Kalaivani Revathi Gayathri Sangeetha Bhuvana Kaveri Nithya Janani Keerthana
Abdul Imran Irfan Kashif Asif Arif Shahid Zahid Sajid Javed Naveed Nadeem Waseem Wasim Faisal Farhan
Usman Zubair Junaid Shoaib Adnan Rizwan Kamran Fawad Tahir Zafar Akbar Babar Danish Fahim Hamza
Ayesha Fatima Saima Rabia Sana Hina Nida Amna Mehwish Sadia Bushra Farah Iqra Maham Mahnoor Zara
Rahim Karim Rafiq Rafiqul Mizanur Habibur Shahidul Aminul Anisur Tanvir Sabbir Rakib Sakib Tamim
Nusrat Farzana Sharmin Taslima Rokeya Sumaiya Tahmina Jannatul Fahmida Shirin Moushumi
Arjuna Nuwan Chaminda Kasun Dilshan Tharindu Chathura Sanduni Dilini Nadeesha Ishara Kumari
Bikash Prakash Sagar Sujan Bishnu Ramesh Suman Anjana Sabina Sarita Kamala Srijana Bimala
""",
    "chinese": """
Wei Fang Min Jing Li Lei Jun Yan Hui Ying Hong Ming Hua Qiang Ping Gang Jie Tao Bo Chao Bin Xin
Yang Yu Xiaoming Xiaohong Xiaoli Xiaoyan Xiaowei Xiaojun Xiaoling Xiaoyu Jianguo Jianhua Jianjun
Zhiwei Zhiqiang Zhihao Zhiming Haoran Haoyu Yuxuan Yuhang Zihan Zixuan Zhuoran Yichen Yifan Yiming
Junjie Junhao Jiahao Jiaming Jiayi Jiaqi Jiawei Mingyu Minghao Tianyu Tianhao Hongwei Hongyu Weiming
Weijie Wenjun Wenbin Wenhao Wenjing Xinyi Xinyu Xiuying Yuhan Yuting Yutong Yuqi Yunfei Zhengyu
Shuang Shu Lan Lin Mei Meili Meiling Na Li Na Qing Qian Rui Ruoxi Shan Ting Wen Xia Xue Xuan Yue Yun
Zhen Zhi Chen Hao Kai Long Peng Feng Bing Dong Guang Guo Hai Heng Hu Jian Kang Kun Liang Lu Nan Ning
Qi Ran Rong Sheng Shi Song Wen Xiang Xiong Yao Ye Yi Yong Zheng Zhong Ziyi Zhang Yiwen Shuyi Huiling
Ka-wai Ka-ming Wing Siu Chi-wai Man-yee Mei-ling Wai-man Kwok Chun Hoi Yee Chi Kit Ho-yin
Jia Hui Jiayu Xiaomei Xiaoqing Lihua Lijuan Liping Lixin Hongmei Guilan Guiying Shufen Yufang
""",
    "japanese_korean": """
Hiroshi Takashi Kenji Akira Satoshi Kazuki Yuki Haruto Yuto Sota Riku Hinata Ren Minato Daiki Kaito
Takumi Sho Shota Ryota Kenta Yuta Naoki Tatsuya Koji Kenichi Shinji Makoto Masaki Masato Takeshi
Tetsuya Hideo Hideki Haruki Ichiro Jiro Taro Kazuo Yoshiro Noboru Osamu Toshiro Yasuhiro Yusuke
Daisuke Keisuke Kosuke Ryosuke Shunsuke Kazuya Takuya Tomoya Yuya Hayato Hiroki Ryo Jun Kei Sora Ken
Yuki Sakura Hana Yui Aoi Rin Mei Mio Hina Akari Yuna Haruka Ayaka Misaki Nanami Saki Yuka Mai Emi
Aiko Akiko Keiko Yoko Michiko Naoko Tomoko Yumiko Kazuko Hiroko Junko Kyoko Noriko Sachiko Mariko
Eriko Chieko Fumiko Megumi Kaori Ayumi Yumi Mayumi Asuka Chihiro Kana Momoko Natsuki Rina Riko
Shiori Sayaka Tomomi Yoshiko Azusa Miyu Kanon Mitsuki Airi Himari Tsumugi Koharu Kokona
Min-jun Minjun Seo-jun Seojun Do-yun Doyun Ji-ho Jiho Ji-hoon Jihoon Jae-won Jaewon Hyun-woo Hyunwoo
Sung-min Sungmin Joon-ho Joonho Dong-hyun Donghyun Sang-woo Sangwoo Young-ho Youngho Jin-woo Jinwoo
Seung-hoon Seunghoon Tae-yang Taeyang Woo-jin Woojin Min-ho Minho Jung-ho Jungho Kyung-soo Jae-hyun
Seo-yeon Seoyeon Ji-woo Jiwoo Ha-eun Haeun Min-seo Minseo Su-ah Ji-yeon Jiyeon Soo-jin Soojin
Eun-ji Eunji Hye-jin Hyejin Ji-min Jimin Yeon-woo Da-eun Chae-won Chaewon Ye-jin Yejin Min-ji Minji
So-yeon Soyeon Hyun-joo Mi-kyung Young-mi Sun-hee Eun-young Ji-hye Jihye Seul-gi Yoon-ah Na-young
""",
    "southeast_asian": """
Anh Minh Linh Huong Thanh Hoa Tuan Dung Hung Lan Mai Trang Thu Ngoc Phuong Quang Duc Nam Hai Hieu
Khanh Vy Thao Quynh Huy Khoa Phuc Thinh Tien Trung Vinh Bao Cuong Dat Hoang Kiet Loc Nhan Phat Son
Tam Thuy Uyen Yen Chi Diep Giang Hang Hanh Hien Hong Lien Loan Nga Nhung Oanh Tuyet Van Xuan Dao
Somchai Somsak Sombat Suda Niran Kanya Ananda Anong Arthit Chai Chaiya Kittisak Nattapong Narong
Prasert Sakda Somporn Sunee Supaporn Thanawat Wanchai Araya Busaba Chanida Kannika Malee Nattaya
Pimchanok Ratana Siriporn Sirin Sukanya Wipada Pranee Kamon Apinya Chatchai Krit Panya Pornthip
Budi Agus Eko Adi Dedi Hendra Rudi Joko Bambang Wahyu Rizki Rizky Fajar Dimas Arief Arif Andi
Bayu Dwi Tri Yudi Hadi Irfan Iwan Teguh Slamet Sutrisno Sugiarto Herman Yusuf Rahmat Reza Galih
Siti Dewi Sri Putri Ayu Indah Ratna Wulan Nur Nurul Fitri Rina Lestari Kartika Intan Maya Dian
Eka Novi Yuni Wati Sari Rini Yanti Tuti Ani Mega Citra Dinda Nadia Aulia Rahma Annisa Anisa Larasati
Ahmad Muhammad Mohd Aziz Azman Faizal Hafiz Hakim Ismail Kamal Nizam Rosli Zulkifli Razak Shafiq
Nurul Siti Aisyah Farah Nur Hidayah Syafiqah Amirah Izzati Nabila Liyana Syahirah Aina Atiqah
Jose Juan Mark Jhon Jun Rey Ramon Jomar Jayson Jerome Ronaldo Rodel Arnel Noel Ariel Reynaldo
Maricel Marites Jocelyn Rowena Lorna Joy Mylene Rhea Analyn Maribel Kristine Angelica Jasmine
""",
    "african": """
Amara Oluwaseun Seun Adebayo Bayo Folake Temitope Tope Olumide Ayodele Ayo Babajide Jide Funmilayo Funmi
Adewale Wale Yetunde Oluwatobi Tobi Damilola Dami Kehinde Taiwo Abiodun Bolanle Titilayo Oluwafemi
Femi Oluwadamilare Bisola Bukola Bunmi Busayo Dayo Dele Gbenga Jumoke Kayode Kunle Lanre Niyi Ola
Olamide Olawale Oluwakemi Kemi Oyinkansola Segun Sola Tolu Toluwani Tunde Yemi Yinka Adaobi Adunni
Chinedu Chiamaka Ngozi Obinna Ifeanyi Chukwuemeka Emeka Adaeze Nnamdi Uchenna Chidi Amaka Ebuka
Kelechi Chioma Nkechi Obiageli Chinonso Chisom Chidinma Chinwe Ebere Ifeoma Ijeoma Nneka Onyinye
Tochukwu Uzoma Ikenna Chibuzo Chijioke Chukwudi Somtochukwu Kosisochukwu Ugochi Nwakaego Ogechi
Abubakar Aminu Musa Zainab Hauwa Halima Hadiza Ibrahim Sani Bello Yakubu Usman Garba Lawal Umaru
Aliyu Shehu Idris Bashir Nasiru Rabiu Salisu Abdulkadir Murtala Maryam Fatima Aisha Amina Bilkisu
Kwame Kofi Kwabena Kwaku Yaw Kwasi Kwadwo Kojo Ekow Kobina Fiifi Nana Akosua Ama Abena Efua Adjoa
Afua Esi Akua Yaa Adwoa Araba Ekua Efia Naa Dede Ewurabena Afia Akos Kuukua Selasi Sena Elikem
Mawuli Senyo Edem Dzifa Eyram Delali Makafui Yayra Kafui Esinam
Wanjiru Wambui Njeri Wanjiku Nyambura Wairimu Muthoni Njoki Waithera Kamau Otieno Achieng Akinyi
Omondi Mwangi Kiprono Chebet Jelimo Baraka Zawadi Imani Neema Juma Amani Atieno Awino Adhiambo Anyango
Auma Nekesa Nafula Naliaka Wafula Wekesa Kipchoge Kiplagat Kibet Kiptoo Cherono Chepkoech Jepkosgei
Makena Kagwiria Gakii Karimi Mutua Mwende Mueni Nduta Wangari Wangui Nyokabi Kariuki Njoroge Onyango
Thabo Sipho Thandiwe Thandi Nomvula Lerato Mpho Bongani Themba Zanele Nokuthula Sibusiso Lindiwe
Kagiso Tshepo Palesa Naledi Lwazi Ayanda Andile Busisiwe Dumisani Khanyisile Lungile Mandla Nandi
Nomsa Nonhlanhla Phumzile Sbu Sifiso Siyabonga Thulani Vusi Xolani Zodwa Zinhle Bheki Lindani Mbali
Refilwe Karabo Tumelo Boitumelo Katlego Lebogang Masego Mmabatho Neo Oratile Tebogo Tshegofatso
Abebe Tigist Selam Selamawit Dawit Meron Hana Yohannes Bethlehem Mekdes Tesfaye Haile Alemayehu
Genet Kidist Biniam Tewodros Abel Eyerusalem Hirut Mulu Tsion Yonas Natnael Kalkidan Meseret
Abdi Hodan Fartun Ayaan Warsame Hamdi Ifrah Sahra Faadumo Khadar Abdirahman Abdiaziz Mohamud Ubah
Amadou Mamadou Moussa Ousmane Oumar Boubacar Ibrahima Cheikh Abdoulaye Souleymane Modou Lamine
Fatou Aminata Awa Mariama Khady Ndeye Aissatou Coumba Binta Dieynaba Rokhaya Astou Adama Seydou
Aliou Babacar Demba Djibril Idrissa Malick Pape Samba Serigne Tidiane Youssou Kadiatou Oumou
Tendai Tatenda Tinashe Farai Rudo Chipo Nyasha Tafadzwa Kudzai Rumbidzai Tanaka Fadzai Simba Takudzwa
Chanda Mwila Mulenga Bwalya Chilufya Mutale Kabwe Musonda Nalumango Lusungu Chikondi Kondwani
Mukasa Nakato Babirye Kato Wasswa Nansubuga Namukasa Ssebunya Okello Akello Apio Opio Atim Ocen
""",
}

SURNAMES = {
    "english_irish_scottish_welsh": """
Smith Johnson Williams Brown Jones Miller Davis Wilson Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Anderson Taylor Thomas Moore Jackson Martin Thompson
White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson
Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy
Cook Rogers Morgan Peterson Cooper Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson
Brooks Bennett Gray Grey James Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry
Russell Sullivan Butler Barnes Fisher Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton
Graham Wallace Cole West Stone Hayes Gibson Ellis Murray Ford Marshall Owens Harrison Kennedy Wells
Tucker Porter Hunter Hicks Crawford Henry Boyd Mason Kennedy Warren Dixon Burns Gordon Shaw Holmes
Rice Robertson Hunt Black Daniels Palmer Mills Nichols Grant Knight Ferguson Stevens Hawkins Dunn
Perkins Hudson Spencer Gardner Stephens Payne Pierce Berry Matthews Arnold Wagner Willis Ray Watkins
Olson Carroll Duncan Snyder Hart Cunningham Bradley Lane Andrews Harper Fox Riley Armstrong Carpenter
Weaver Greene Lawrence Elliott Chapman Sims Austin Peters Kelley Franklin Lawson Fields Ryan Schmidt
Carr Castillo Wheeler Chapman Oliver Montgomery Richards Williamson Johnston Banks Meyer Bishop
McCoy Howell Morrison Hansen Harvey Little Burton Stanley George Jacobs Reid Fuller Lynch Dean
Gilbert Garrett Romero Welch Larson Frazier Burke Hanson Day Moreno Bowman Medina Fowler Brewer
Hoffman Carlson Silva Pearson Holland Douglas Fleming Jensen Vargas Byrd Davidson Hopkins May Terry
Herrera Wade Soto Walters Curtis Neal Caldwell Lowe Jennings Barnett Graves Jimenez Horton Shelton
Barrett O'Brien Castro Sutton Gregory McKinney Lucas Miles Craig Rodriquez Chambers Holt Lambert
Fletcher Watts Bates Hale Rhodes Pena Beck Newman Haynes McDaniel Mendez Bush Vaughn Parks Dawson
Norris Hardy Love Steele Curry Powers Schultz Barker Guzman Page Munoz Ball Keller Chandler Weber
Leonard Walsh Lyons Ramsey Wolfe Schneider Mullins Benson Sharp Bowen Daniel Barber Cummings Hines
Baldwin Griffith Valdez Hubbard Salazar Reeves Warner Stevenson Burgess Santos Tate Cross Garner
Mann Mack Moss Thornton Dennis McGee Farmer Delgado Aguilar Vega Glover Manning Cohen Harmon Rodgers
Robbins Newton Todd Blair Higgins Ingram Reese Cannon Strickland Townsend Potter Goodwin Walton Rowe
Hampton Ortega Patton Swanson Joseph Francis Goodman Maldonado Yates Becker Erickson Hodges Rios
Conner Adkins Webster Norman Malone Hammond Flowers Cobb Moody Quinn Blake Maxwell Pope Floyd Osborne
Paul McCarthy Guerrero Lindsey Estrada Sandoval Gibbs Tyler Gross Fitzgerald Stokes Doyle Sherman
Saunders Wise Colon Gill Alvarado Greer Padilla Simon Waters Nunez Ballard Schwartz McBride Houston
Christensen Klein Pratt Briggs Parsons McLaughlin Zimmerman French Buchanan Moran Copeland Roy
Pittman Brady McCormick Holloway Brock Poole Frank Logan Owen Bass Marsh Drake Wong Jefferson Park
Morton Abbott Sparks Patrick Norton Huff Clayton Massey Lloyd Figueroa Carson Bowers Roberson Barton
Tran Lamb Harrington Casey Boone Cortez Clarke Mathis Singleton Wilkins Cain Bryan Underwood Hogan
McKenzie Collier Luna Phelps McGuire Allison Bridges Wilkerson Nash Summers Atkins Wilcox Pitts
O'Connor O'Neill O'Sullivan O'Reilly O'Donnell O'Mahony O'Callaghan O'Leary O'Shea O'Doherty O'Hara
O'Keeffe O'Rourke O'Malley O'Dwyer Kavanagh Byrne Doherty Gallagher Donnelly McCarthy Brennan Nolan
Flanagan Gallagher Hegarty Keane Kinsella Lynch Maguire McGrath McNamara Mulligan Quigley Regan
Rafferty Sheehan Tierney Whelan Fitzpatrick Dunne Duffy Connolly Crowley Costello Cullen Dempsey
MacDonald MacLeod MacKenzie MacKay MacLean MacGregor MacPherson McDonald McLeod McKenzie McKay McLean
Cameron Campbell Fraser Sinclair Sutherland Munro Buchanan Drummond Gunn Kerr Lindsay Ogilvie Wallace
Llewellyn Pritchard Prosser Vaughan Rees Bowen Powell Griffiths Lloyd Jenkins Morgan Hopkin Probert
Thackeray Whitmore Ashworth Hargreaves Ramsbottom Greenwood Haworth Pickering Sutcliffe Whitaker
Blackwood Holloway Kingsley Pemberton Rutherford Winterbottom Fairweather Wakefield Lockwood
""",
    "german_dutch_nordic": """
Müller Mueller Schmidt Schneider Fischer Weber Meyer Meier Wagner Becker Schulz Hoffmann Schäfer Koch
Bauer Richter Klein Wolf Schröder Schroeder Neumann Schwarz Zimmermann Braun Krüger Krueger Hofmann
Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König
Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Weiss Jung Hahn Schubert Vogel Friedrich
Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig
Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt
Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt
Sauer Arnold Wolff Pfeiffer Hübner Kramer Ernst Vogel Eichhorn Lindner Brunner Hofer Gruber Steiner
Moser Leitner Pichler Wimmer Egger Lechner Mayr Eder Strobl Fankhauser Baumgartner Ackermann Amsel
Jansen Janssen de Jong de Vries van den Berg van Dijk Bakker Visser Smit Meijer de Boer Mulder de
Groot Bos Vos Peters Hendriks van Leeuwen Dekker Brouwer de Wit Dijkstra Smits de Graaf van der Meer
van der Linden Kok Jacobs de Haan Vermeulen van den Heuvel van der Veen van den Broek de Bruijn de
Bruin van der Heijden Schouten van Beek Willems van Vliet van de Ven Hoekstra Maas Verhoeven Koster van
Dam van der Wal Prins Blom Huisman Peeters Maes Janssens Claes Goossens Wouters Mertens Willems Dubois
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson
Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist
Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson
Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman
Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren
Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Lundström Viklund Björklund Eliasson
Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen
Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen
Johannessen Karlsen Eriksen Berg Haugen Hagen Johnsen Jacobsen Dahl Halvorsen Lie Solberg Strand
Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen
Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen
Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Sigurdsson Jónsson Gunnarsdóttir
""",
    "french_italian": """
Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel
Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet
François Martinez Legrand Garnier Faure Rousseau Blanc Guerin Guérin Muller Henry Roussel Nicolas
Perrin Morin Mathieu Clement Clément Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Sanchez
Gerard Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noel Noël Meyer Lucas
Meunier Jean Perez Marchand Dufour Blanchard Marie Barbier Brun Dumas Brunet Schmitt Leroux Colin
Fernandez Pierre Renard Arnaud Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine
Picard Gaillard Philippe Leclercq Lacroix Fabre Dupuis Olivier Rodriguez Da Silva Hubert Louis
Charles Guillot Riviere Rivière Le Gall Guillaume Adam Rey Moulin Gonzalez Berger Lecomte Menard
Fleury Deschamps Carpentier Julien Benoit Benoît Paris Maillard Marchal Aubry Vasseur Le Roux Renault
Jacquet Collet Prevost Prévost Poirier Charpentier Royer Huet Baron Dupuy Pons Paul Laine Carre
Breton Remy Schneider Perrot Guyot Barre Marty Cousin Lebrun Bouvier Chauvin Tessier Bailly Devaux
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De Luca
Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara
Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De Santis D'Angelo
Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso Valentini Messina Sala De
Angelis Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza
Testa Grassi Pellegrino Carbone Giuliani Benedetti Barone Rossetti Caputo Montanari Guerra Palmieri
Bernardi Martino Fiore De Rosa Ferretti Bellini Basile Riva Donati Piras Vitali Battaglia Sartori
Neri Costantini Milani Pagano Ruggiero Sorrentino D'Amico Orlando Damico Negri Esposito Bellucci
Castelli Mazzini Verdi Pirlo Zanetti Cannavaro Buffon Totti Baggio Maldini Del Piero Di Stefano
""",
    "spanish_portuguese_filipino": """
García González Rodríguez Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández
Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez
Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias
Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal
León Márquez Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco Diez Caballero Reyes Nieto
Aguilar Pascual Santana Herrero Lorenzo Montero Hidalgo Giménez Ibáñez Ferrer Durán Santiago Benítez
Mora Vicente Vargas Arias Carmona Crespo Román Pastor Soto Sáez Velasco Moya Soler Parra Esteban
Bravo Gallardo Rojas Pardo Merino Franco Espinosa Izquierdo Lara Rivas Silva Rivera Casado Arroyo
Redondo Camacho Rey Vera Otero Luque Galán Montes Ríos Sierra Segura Carrillo Marcos Marti Soriano
Mendoza Salazar Zamora Valencia Mejía Acosta Rojas Contreras Sandoval Cárdenas Figueroa Guzmán
Maldonado Villanueva Osorio Ochoa Paredes Quintero Quiroga Salinas Trujillo Valenzuela Zapata Zúñiga
Escobar Echeverría Bermúdez Beltrán Cordero Córdoba Espinoza Farías Galindo Lugo Montoya Orozco
Pacheco Peralta Rosales Tapia Valdés Vallejo Villalobos Arellano Barrientos Cisneros Covarrubias
Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes
Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares
Vieira Monteiro Cardoso Rocha Raposo Neves Coelho Cruz Cunha Pires Ramos Reis Simões Antunes
Matos Fonseca Machado Araújo Barbosa Tavares Lourenço Castro Figueiredo Azevedo Freitas Batista
Dias Lima Nascimento Moura Barros Andrade Cavalcanti Campos Melo Azevedo Brandão Queiroz Pimentel
Bautista Ocampo Tomas Andrada Villanueva Aquino Navarro Mercado Dela Cruz De Leon Dimaculangan
Macaraeg Manalo Pangilinan Panganiban Mangubat Magsaysay Dimagiba Lacson Soriano Evangelista
Gonzales Pascual Sarmiento Tolentino Domingo Salvador Velasco Abad Agbayani Bacani Cabral Dizon
""",
    "slavic_baltic_greek_hungarian_caucasus": """
Ivanov Ivanova Smirnov Smirnova Kuznetsov Kuznetsova Popov Popova Vasiliev Vasilieva Petrov Petrova
Sokolov Sokolova Mikhailov Mikhailova Novikov Novikova Fedorov Fedorova Morozov Morozova Volkov
Volkova Alekseev Alekseeva Lebedev Lebedeva Semenov Semenova Egorov Egorova Pavlov Pavlova Kozlov
Kozlova Stepanov Stepanova Nikolaev Nikolaeva Orlov Orlova Andreev Andreeva Makarov Makarova Nikitin
Nikitina Zakharov Zakharova Zaitsev Zaitseva Solovyov Solovyova Borisov Borisova Yakovlev Romanov
Romanova Vorobyov Sergeev Sergeeva Kovalev Kovaleva Frolov Belov Belova Medvedev Medvedeva Tarasov
Sidorov Sidorova Gusev Guseva Titov Titova Karpov Karpova Afanasiev Vlasov Maslov Isaev Tikhonov
Aksenov Gavrilov Rodionov Kotov Gorbachev Ignatov Filippov Kuzmin Komarov Antonov Lazarev Baranov
Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Shevchuk Koval Polishchuk Bondar Tkachuk
Marchenko Moroz Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko Kuzmenko Levchenko Kovalchuk
Melnyk Kravets Boyko Kozak Hrytsenko Yatsenko Zinchenko Sydorenko Danylenko Hnatyuk Ostapenko
Nowak Kowalski Kowalska Wiśniewski Wiśniewska Wójcik Kowalczyk Kamiński Kamińska Lewandowski
Lewandowska Zieliński Zielińska Szymański Szymańska Woźniak Dąbrowski Dąbrowska Kozłowski Jankowski
Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski
Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk
Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk Ostrowski
Tomaszewski Pietrzak Marciniak Wróblewski Zalewski Jakubowski Jasiński Zawadzki Sadowski Bąk
Chmielewski Włodarczyk Borkowski Czarnecki Sawicki Sokołowski Urbański Kubiak Maciejewski Szczepański
Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pokorný Pospíšil Hájek
Jelínek Král Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Urban Vaněk Blažek
Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević Vuković Marković Petrović Jovanović
Nikolić Ilić Đorđević Pavlović Stojanović Popović Živković Todorović Milošević Stanković Ristić
Mitrović Savić Lazić Perić Radovanović Tomić Kostić Vasić Filipović Obradović Janković Božić
Ivanović Đukić Simić Rakić Stevanović Matić Kovač Kralj Zupan Mlakar Vidmar Golob Turk Kos
Ivanov Georgiev Dimitrov Petrov Nikolov Hristov Stoyanov Todorov Iliev Angelov Atanasov Kolev
Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Constantin Rusu Mihai
Munteanu Florea Dinu Nistor Marin Tudor Dragomir Moldovan Lungu Serban Toma Barbu Cristea Diaconu
Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos
Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér Balázs Gál Kis Szűcs Kocsis Orsós Pintér
Papadopoulos Papadakis Georgiou Dimitriou Nikolaou Konstantinou Ioannou Christodoulou Vasileiou
Papageorgiou Antoniou Pappas Karagiannis Oikonomou Makris Alexiou Athanasiou Panagiotou Michailidis
Kazantzakis Theodorakis Stavropoulos Kostopoulos Angelopoulos Giannopoulos Economou Hatzis
Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas Urbonas
Bērziņš Kalniņš Ozoliņš Jansons Liepiņš Krūmiņš Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves
Petrosyan Harutyunyan Sargsyan Hovhannisyan Grigoryan Khachatryan Hakobyan Vardanyan Gevorgyan
Karapetyan Avetisyan Mkrtchyan Aslanyan Kazarian Manukian Beridze Kapanadze Gelashvili Maisuradze
Giorgadze Lomidze Tsiklauri Bolkvadze Kvaratskhelia Nizharadze Abashidze Tsereteli Chavchavadze
""",
    "turkish_arabic_persian_hebrew": """
Yılmaz Yilmaz Kaya Demir Şahin Sahin Çelik Celik Yıldız Yildiz Yıldırım Yildirim Öztürk Ozturk Aydın
Aydin Özdemir Ozdemir Arslan Doğan Dogan Kılıç Kilic Aslan Çetin Cetin Kara Koç Koc Kurt Özkan Ozkan
Şimşek Simsek Polat Özcan Korkmaz Çakır Erdoğan Erdogan Yavuz Can Acar Şen Aktaş Güler Yalçın Güneş
Bozkurt Bulut Keskin Ünal Turan Gül Özer Işık Kaplan Avcı Sarı Tekin Taş Köse Yüksel Ateş Aksoy
Karaca Demirci Altun Uysal Oral Erdem Tuna Akın Akgül Başaran Çiftçi Duman Ekinci Güven Kocabaş
Al-Ahmad Al-Sayed Al-Hassan Al-Hussein Al-Rashid Al-Masri Al-Amin Al-Farsi Al-Harbi Al-Qahtani
Al-Otaibi Al-Ghamdi Al-Zahrani Al-Shehri Al-Dosari Al-Mutairi Al-Shammari Al-Maliki Al-Tamimi
Al-Najjar Al-Khatib Al-Haddad Al-Hakim Al-Jaber Al-Mansour Al-Saadi Al-Obaidi Al-Jubouri Al-Azzawi
Alahmad Alhassan Alrashid Almasri Alharbi Alqahtani Alotaibi Alghamdi Alzahrani Alshehri
El-Sayed El-Masry El-Amin El-Khoury El-Hakim Elsayed Elmasry Elkhoury Elhakim
Haddad Khoury Khouri Nassar Saleh Mansour Mansur Hamdan Khalil Aziz Abbas Hassan Hussein Ibrahim
Mahmoud Mustafa Said Salem Sultan Yassin Youssef Zaki Farah Fares Haddad Hamad Hamdi Jaber Kassem
Kassab Nasser Rahman Rashid Rizk Sabbagh Saad Sabri Shaheen Shahin Shalabi Suleiman Taha Tahan
Younes Zayed Zidane Abdullah Abdallah Benali Benjelloun Bennani Berrada Chraibi El Idrissi Alaoui
Tazi Fassi Benkirane Bouazza Boumediene Belkacem Benaissa Bensaid Bouzid Cherif Hamidi Kaddour
Mebarki Messaoudi Rahmani Saidi Slimani Zerrouki Ghanem Haddadi Toumi Trabelsi Jebali Ben Ali
Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Sadeghi Ebrahimi
Heidari Akbari Ghasemi Najafi Salehi Rostami Kazemi Tehrani Shirazi Esfahani Tabrizi Farahani
Hosseinzadeh Alizadeh Hasanzadeh Zadeh Amini Bagheri Zamani Nazari Golestani Khorasani Nouri
Jahanbakhsh Yazdani Kiani Mirzaei Ansari Bahrami Daneshvar Khosravi Mahmoudi Sharifi Soltani
Cohen Levi Levy Mizrahi Peretz Biton Dahan Avraham Friedman Katz Azoulay Malka Amar Ohana Hadad
Gabay Ben-David Ben-Ami Shapiro Goldberg Rosenberg Weiss Klein Segal Greenberg Kaplan Schwartz
Rosen Stern Feldman Goldstein Horowitz Rabinowitz Abramovich Berkowitz Lieberman Weinstein
""",
    "south_asian": """
Patel Sharma Singh Kumar Gupta Shah Mehta Desai Joshi Reddy Rao Nair Iyer Iyengar Menon Pillai
Naidu Chowdhury Choudhury Chaudhary Banerjee Chatterjee Mukherjee Bhattacharya Ganguly Das Dasgupta
Sengupta Bose Ghosh Dutta Roy Sen Mitra Chakraborty Chakrabarti Biswas Saha Mondal Mandal Sarkar
Verma Varma Mishra Tiwari Pandey Dubey Dwivedi Trivedi Chaturvedi Shukla Srivastava Saxena Agarwal
Aggarwal Agrawal Bansal Goyal Garg Mittal Jain Khanna Kapoor Malhotra Chopra Arora Bhatia Sethi
Anand Kohli Bedi Gill Sandhu Sidhu Dhillon Grewal Brar Sekhon Bajwa Virk Chahal Randhawa Cheema
Kaur Ahluwalia Walia Bakshi Bhasin Chadha Dhawan Khurana Luthra Mehra Nanda Oberoi Puri Talwar
Tandon Thakur Rathore Chauhan Rajput Yadav Jadhav Patil Pawar Shinde Kulkarni Deshpande Gokhale
Apte Bhosale Gaikwad Kale More Salunkhe Sawant Naik Kamat Shetty Hegde Bhat Kamath Pai Prabhu
Krishnan Subramanian Subramaniam Ramasamy Ramachandran Raman Natarajan Venkataraman Sundaram
Srinivasan Ranganathan Balasubramanian Chandrasekhar Gopalan Narayanan Rajagopalan Swaminathan
Viswanathan Muthusamy Palaniappan Annamalai Arumugam Murugesan Kannan Mani Shanmugam Thangavel
Rajan Raju Varghese Thomas Kurian Mathew Cherian Joseph Abraham George Jacob Chacko Philip
Nambiar Kurup Warrier Panicker Namboodiri Pillai Unnikrishnan Gowda Hegde Shenoy Acharya Murthy
Murthi Sastry Sastri Sharma Rao Reddy Chowdary Prasad Raju Varma Bhatt Dixit Upadhyay Bajpai
Qureshi Siddiqui Ansari Khan Malik Butt Chaudhry Sheikh Shaikh Mirza Baig Hashmi Rizvi Naqvi Zaidi
Jafri Abbasi Farooqui Usmani Durrani Afridi Yousafzai Khattak Niazi Bhutto Jatoi Memon Soomro Zardari
Rahman Hossain Hussain Islam Alam Ahmed Uddin Miah Begum Akter Akhter Khatun Sultana Chowdhury
Talukder Bhuiyan Sikder Molla Howlader Sarder Karim Haque Hoque Kabir Mahmud
Perera Fernando De Silva Silva Jayasuriya Jayawardena Wickramasinghe Bandara Dissanayake Herath
Rajapaksa Senanayake Gunawardena Ratnayake Wijesinghe Karunaratne Samarasinghe Weerasinghe
Shrestha Thapa Gurung Tamang Rai Magar Adhikari Bhattarai Karki Khadka Poudel Paudel Sharma KC
""",
    "east_asian": """
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie
Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu
Ding Ren Shen Yao Jin Fu Fan Fang Shi Tao Qian Dai Xia Zhong Wan Qiu Hou Meng Kong Bai Cui Kang
Mao Qin Shao Lei Yan Xiong Jia Hao Gu Lai Duan Hong Tan Long Tao Wen Yin Chang Xue Yi Niu Geng Ou
Chan Wong Cheung Leung Ng Lau Ho Tsang Chow Lam Kwok Yip Tse Tam Fung Mak Choi Chu Ko Yeung Kwan
Poon Kwong Tsui Lui Sze Hui Yiu Chiu Lo Siu Au Tong Chung Chiang Hsu Tsai Kuo Hsieh Chou Liao Teo
Tan Lim Goh Ong Koh Chua Wee Ang Yeo Sim Toh Teh Quek Heng Seah Soh Tay Loh Low Foo Neo Pang
Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki
Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Yamashita Ishikawa
Nakajima Maeda Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki
Fujii Nishimura Fukuda Ota Miura Fujiwara Okamoto Matsuda Nakagawa Nakano Harada Ono Tamura
Takeuchi Kaneko Wada Nakayama Ishida Ueda Morita Hara Shibata Sakai Kudo Yokoyama Miyazaki Miyamoto
Uchida Takagi Ando Taniguchi Ohno Maruyama Imai Takada Fujimoto Takeda Murata Ueno Sugiyama Masuda
Sugawara Hirano Otsuka Chiba Kubo Matsui Iwasaki Sakurai Kinoshita Noguchi Matsuo Nomura Kikuchi
Sano Onishi Sugimoto Arai Hamada Ichikawa Furukawa Mizuno Komatsu Shimada Igarashi Hirata Kubota
Kim Lee Park Choi Jung Jeong Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Shin Kwon Hwang Ahn
Song Yoo Ryu Hong Jeon Jun Ko Go Moon Mun Yang Son Bae Baek Paik Heo Huh Nam Noh Roh Ha Kwak Sung
Cha Joo Koo Woo Min Ryu Na Jin Jee Yeo Byun Chae Won Bang Gong Hyun Pyo Maeng
""",
    "southeast_asian": """
Nguyen Nguyễn Tran Trần Le Lê Pham Phạm Hoang Hoàng Huynh Huỳnh Phan Vu Vũ Vo Võ Dang Đặng Bui Bùi
Do Đỗ Ho Hồ Ngo Ngô Duong Dương Ly Lý Truong Trương Dinh Đinh Lam Lâm Trinh Trịnh Cao Quach Luu Lưu
Mac Thai Thái Ha Hà Ta Tạ Chau Châu Doan Đoàn Vuong Vương Kieu Kiều Tieu Tiêu
Srisawat Chaiyaporn Saetang Sukprasert Thongchai Wongsawat Charoenkul Rattanakorn Boonmee Kaewkla
Suwannarat Phromma Jitpakdee Nakprasert Sirisuk Chaisiri Somboon Prasertsri Kittikun Thanasarn
Santoso Wijaya Hidayat Saputra Kusuma Pratama Setiawan Gunawan Halim Siregar Nasution Harahap
Simanjuntak Sitompul Hutapea Lubis Panjaitan Sinaga Tanjung Wibowo Susanto Kurniawan Purnomo
Nugroho Suharto Sukarno Prabowo Hartono Irawan Utomo Wahyudi Rahardjo Sutanto Budiman Salim Lesmana
Abdullah Ismail Ibrahim Rahman Razak Hamid Yusof Osman Aziz Hassan Omar Othman Bakar Ahmad Mohamad
""",
    "african": """
Okafor Adeyemi Okonkwo Eze Nwosu Obi Adebayo Balogun Ogunleye Oyelaran Afolabi Adeleke Okoro Chukwu
Nwachukwu Ibekwe Uche Okeke Onyekachi Abiola Bakare Danjuma Ogundipe Oladipo Olawale Olatunji Akinola
Akande Ajayi Babatunde Fashola Nnadi Obiora Odukoya Ojo Onuoha Oyebanji Yakubu Usman Lawal Abdullahi
Suleiman Aliyu Adewale Adeniyi Adekunle Adeyinka Adesanya Ayodele Bello Oyewole Oyinlola Ogunbiyi
Ogunlesi Okonjo Iweala Adichie Achebe Soyinka Obasanjo Buhari Osinbajo Oyelowo Ejiofor Nwankwo Okocha
Kanu Iheanacho Mikel Onyeka Nwoye Obinna Okpara Anyanwu Agu Ezeh Igwe Madu Mbah Nwafor Ogbu Okeke
Mensah Owusu Boateng Asante Osei Agyeman Appiah Acheampong Darko Amoah Ofori Antwi Addo Quaye Tetteh
Annan Ansah Asamoah Badu Bonsu Danso Frimpong Gyamfi Kuffour Manu Nkrumah Obeng Oduro Opoku Sarpong
Amponsah Adjei Agyei Ampofo Arthur Baidoo Essien Gyan Larbi Nyarko Quarshie Sackey Yeboah Ayew
Mwangi Kamau Otieno Ochieng Odhiambo Kariuki Njoroge Wanjiku Kiplagat Kipchoge Cheruiyot Mutua
Kimani Onyango Wafula Wekesa Barasa Muthoni Maina Gitau Waweru Koech Rotich Kenyatta Odinga Ruto
Kibaki Moi Kiprop Kiptum Chepngetich Jepchirchir Keitany Kosgei Langat Mutai Ngugi Ndungu Omolo
Nkosi Dlamini Ndlovu Khumalo Mokoena Mahlangu Zulu Mthembu Sithole Ngcobo Buthelezi Molefe Naidoo
Pillay Pretorius Venter Botha Coetzee Mabaso Shabalala Tshabalala Modise Maseko Radebe Mkhize Cele
Zwane Ntuli Mandela Ramaphosa Mbeki Zuma Motsepe Sisulu Tutu Biko Masekela Makeba Nxumalo Mathebula
Baloyi Chauke Maluleke Mnisi Ngwenya Nhlapo Phiri Banda Tembo Mwale Lungu Zulu Sakala Chanda
Tesfaye Bekele Girma Haile Alemu Kebede Tadesse Mekonnen Gebre Gebremedhin Gebreyesus Wolde Desta
Assefa Negash Abera Mulugeta Berhane Getachew Teshome Abebe Ayele Demissie Tekle Woldemariam
Diallo Diop Ndiaye Fall Sow Ba Sy Gueye Faye Mbaye Sarr Cisse Cissé Camara Traore Traoré Keita
Coulibaly Konate Konaté Toure Touré Sylla Barry Bah Balde Baldé Kone Koné Ouattara Dembele Diarra
Sangare Sissoko Doumbia Kante Kanté Niang Seck Thiam Wade Dia Kane Diouf Sene Sané Mane Mané Gaye
Mugabe Moyo Ncube Sibanda Chikwanha Chiwenga Mutasa Zvobgo Nyathi Dube Mpofu Gumbo Marufu Muzenda
Mulenga Bwalya Chilufya Mutale Kabwe Musonda Nalumango Kaunda Hichilema Museveni Kagame Nyerere
Mukasa Okello Kato Ssebunya Wasswa Nsubuga Kiggundu Lubega Mugisha Tumusiime Byaruhanga Kabila
Lumumba Tshisekedi Mbappe Mbappé Eto'o Drogba Salah Mahrez Ziyech Hakimi Aboubakar Onana Matip
Warsame Farah Abdi Hersi Jama Nur Aden Duale Dualeh Egal Hassan Mohamud Samatar Yusuf Osman
""",
}
